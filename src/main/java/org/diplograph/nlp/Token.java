package org.diplograph.nlp;

/**
 * One word of HanLP's segmentation.
 *
 * @param tag HanLP's part-of-speech tag ({@code nr} person, {@code ns} place, {@code v} verb …)
 * @param offset character offset in {@link AnalyzedText#text()}
 */
public record Token(String word, String tag, int offset) {

    public int end() {
        return offset + word.length();
    }
}
