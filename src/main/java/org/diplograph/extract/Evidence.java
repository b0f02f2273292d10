package org.diplograph.extract;

/**
 * The sentence an event was read from.
 *
 * @param start offset of the sentence in the analysed text (title, newline, body), inclusive
 * @param end offset of the sentence's end, exclusive
 * @param confidence how sure the extractor is, from 0 to 1
 */
public record Evidence(String sentence, int start, int end, double confidence) {
}
