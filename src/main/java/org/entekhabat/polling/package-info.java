/**
 * The polling station node's durable core (شعبه اخذ رأی): the append-only, hash-chained, signed
 * {@link org.entekhabat.polling.StationJournal}, the sealed {@link org.entekhabat.polling.BallotBox}
 * (ballots in random slots, no time, no order, no voter), crash recovery between the two, device
 * keys, and the client that signs the station's requests to central. Plain Java and file I/O: a
 * station node process (a later task) wraps {@link org.entekhabat.polling.PollingStation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Polling station")
package org.entekhabat.polling;
