package org.entekhabat.polling;

/**
 * An incomplete last record: a crash during an append (the append was never acknowledged).
 *
 * @param offset    where the incomplete record starts (the length of the good part)
 * @param length    how many bytes follow it to the end of the file
 * @param sha256    SHA-256 of those bytes, hex, so the cut is accountable
 * @param reason    what is wrong with them (short header, length beyond the end, CRC mismatch)
 */
public record TornTail(long offset, long length, String sha256, String reason) {
}
