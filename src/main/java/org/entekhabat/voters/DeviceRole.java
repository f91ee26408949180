package org.entekhabat.voters;

/** What a station device is: the authentication terminal (claims voters) or the voting terminal (e-ballot box). */
public enum DeviceRole { AUTH_TERMINAL, VOTING_TERMINAL }
