package org.diplograph.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.article.Article;
import org.diplograph.lexicon.Lexicon;

/**
 * Stage 2 of the pipeline: {@link Article} → {@link AnalyzedText}. Builds and configures one HanLP
 * segment (person, place and organisation recognition, offsets, a private dictionary of the lexicon's
 * names) and shares it: after construction {@link #analyze} is thread-safe. The only class that
 * touches {@code HanLP.Config}.
 */
public final class TextAnalyzer {

    /** Version of HanLP in use, recorded as provenance of extractions. */
    public static final String HANLP_VERSION = "portable-1.8.6";

    private final Segment segment;
    private final GazetteerMatcher gazetteer;
    private final PersonRecognizer persons;

    /** Loads HanLP's dictionaries (about a second) and fails fast when they cannot be loaded. */
    public TextAnalyzer(Lexicon lexicon) {
        HanLP.Config.enableDebug(false);
        this.gazetteer = new GazetteerMatcher(lexicon);
        this.persons = new PersonRecognizer(lexicon);
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (Map.Entry<String, String> word : gazetteer.dictionaryWords().entrySet()) {
            dictionary.insert(word.getKey(), word.getValue() + " 1000");
        }
        this.segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true)
                .enableCustomDictionary(dictionary);
        // The first call loads the model files; doing it here makes a broken installation fail at start-up.
        segment.seg("韩国外长赵兑烈与中国外长王毅通电话。");
    }

    /** Analyses one article. Thread-safe. */
    public AnalyzedText analyze(Article article) {
        boolean traditional = "zh-Hant".equals(article.language());
        String title = normalize(article.title(), traditional);
        // The title leads the text: it often states the event most plainly.
        String text = title + "\n" + normalize(article.body(), traditional);
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        Set<String> named = new HashSet<>();
        for (Mention m : gazetteer.match(text, 0, text.length(), Set.of())) {
            if (m.kind() == Mention.Kind.COUNTRY && m.form() == Mention.Form.NAME) {
                named.add(m.key());
            }
        }
        List<List<Token>> tokens = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        for (SentenceSplitter.Span span : spans) {
            tokens.add(tokens(text, span));
            mentions.add(gazetteer.match(text, span.start(), span.end(), named));
        }
        YearMonth month = YearMonth.from(ZonedDateTime.ofInstant(article.published(), article.outlet().timeZone()));
        persons.recognize(text, tokens, mentions, month);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span span = spans.get(i);
            // The title is paragraph -1, the body's paragraphs count from 0.
            sentences.add(new Sentence(i, span.paragraph() - 1, span.start(), text.substring(span.start(), span.end()),
                    tokens.get(i), mentions.get(i)));
        }
        return new AnalyzedText(article, title, text, sentences);
    }

    private List<Token> tokens(String text, SentenceSplitter.Span span) {
        List<Token> tokens = new ArrayList<>();
        for (Term term : segment.seg(text.substring(span.start(), span.end()))) {
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(),
                    span.start() + term.offset));
        }
        return tokens;
    }

    /** Simplified script and half-width digits and letters; offsets then refer to the normalised text. */
    static String normalize(String text, boolean traditional) {
        String simplified = traditional ? HanLP.convertToSimplifiedChinese(text) : text;
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && Character.isLetterOrDigit((char) (c - 0xFEE0))) {
                c = (char) (c - 0xFEE0);
            }
            out.append(c);
        }
        return out.toString();
    }
}
