package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at Chinese and Western sentence ends and at line breaks, keeping
 * closing quotes with the sentence they end.
 */
final class SentenceSplitter {

    /** A sentence's extent in the text. */
    record Span(int start, int end, int paragraph) {
    }

    private static final String ENDS = "。！？!?";
    private static final String CLOSERS = "”’\"'」』）)";
    // Sentences past this length are cut at the next comma: HanLP's cost grows with length and
    // no diplomatic clause needs more context than this.
    private static final int LONGEST = 400;

    private SentenceSplitter() {
    }

    static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newline = c == '\n';
            boolean end = ENDS.indexOf(c) >= 0 || (c == '.' && endsEnglishSentence(text, i))
                    || (i - start >= LONGEST && (c == '，' || c == ','));
            if (newline && BrokenParagraph.continuesAcross(text, i)) {
                paragraph++;
                continue;
            }
            if (newline || end) {
                int stop = i + (newline ? 0 : 1);
                while (!newline && stop < text.length() && CLOSERS.indexOf(text.charAt(stop)) >= 0) {
                    stop++;
                }
                add(spans, text, start, stop, paragraph);
                if (newline) {
                    paragraph++;
                }
                start = newline ? i + 1 : stop;
                i = Math.max(i, stop - 1);
            }
        }
        add(spans, text, start, text.length(), paragraph);
        return spans;
    }

    private static boolean endsEnglishSentence(String text, int i) {
        return i + 1 >= text.length() || text.charAt(i + 1) == ' ' && i > 0 && Character.isLowerCase(text.charAt(i - 1));
    }

    private static void add(List<Span> spans, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end, paragraph));
        }
    }
}
