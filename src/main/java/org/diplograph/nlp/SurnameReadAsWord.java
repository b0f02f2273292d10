package org.diplograph.nlp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "外交部副部长谢/v 峰/ng，": right after a title, a two-character name the segmenter cut into a word and a
 * single nominal character is still a name when the first is a common surname and punctuation closes it:
 * a word after a title (部长说，, 官员访港。) starts with no surname, or is followed by no lone noun character.
 * Stateless.
 */
final class SurnameReadAsWord {

    private static final Pattern NOMINAL = Pattern.compile("n.*|g.*");
    /**
     * The most common Chinese surnames: only one of them makes the first character a name's rather than a
     * word's (访/港, 一/职 after a title are words).
     */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private SurnameReadAsWord() {
    }

    /** The two-character name starting at {@code start}, if the tokens there are cut like one. */
    static Optional<String> name(String text, List<Token> tokens, int start) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (first.offset() != start) {
                continue;
            }
            Token second = tokens.get(i + 1);
            boolean cut = first.word().length() == 1 && SURNAMES.indexOf(first.word().charAt(0)) >= 0
                    && second.word().length() == 1 && second.offset() == first.end()
                    && NOMINAL.matcher(second.tag()).matches()
                    && second.end() < text.length()
                    && FinalSyllableAsVerb.CLOSING.indexOf(text.charAt(second.end())) >= 0;
            return cut ? Optional.of(first.word() + second.word()) : Optional.empty();
        }
        return Optional.empty();
    }
}
