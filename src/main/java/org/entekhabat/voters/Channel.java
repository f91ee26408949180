package org.entekhabat.voters;

/** How a voter voted: on the e-ballot box, or on paper when the station fell back to the paper process. */
public enum Channel { ELECTRONIC, PAPER }
