package org.diplograph.ingest;

import java.net.URI;
import org.apache.jena.graph.Graph;
import org.diplograph.article.ArticleReader;
import org.diplograph.extract.EventExtractor;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.nlp.TextAnalyzer;
import org.diplograph.rdf.EventGraphMapper;
import org.diplograph.rdf.GraphValidator;
import org.diplograph.rdf.IriMinter;
import org.diplograph.rdf.ReferenceGraphMapper;

/**
 * The stages of the pipeline, built once (HanLP's dictionaries load here) and shared: every stage
 * is thread-safe. Usable without CDI, e.g. by the evaluation and benchmark commands.
 */
public final class Pipeline {

    private final Lexicon lexicon;
    private final IriMinter iris;
    private final ArticleReader reader;
    private final TextAnalyzer analyzer;
    private final EventExtractor extractor;
    private final EventGraphMapper mapper;
    private final GraphValidator validator;
    private final Graph reference;

    public Pipeline(URI baseUri, long maxArticleBytes) {
        this.lexicon = Lexicon.load();
        this.iris = new IriMinter(baseUri);
        this.reader = new ArticleReader(lexicon, maxArticleBytes);
        this.analyzer = new TextAnalyzer(lexicon);
        this.extractor = new EventExtractor(lexicon);
        this.mapper = new EventGraphMapper(iris, lexicon, activityVersion(lexicon));
        this.validator = new GraphValidator();
        this.reference = new ReferenceGraphMapper(iris).map(lexicon);
    }

    /** Names what produced an extraction: rules, HanLP and lexicon versions. */
    public static String activityVersion(Lexicon lexicon) {
        return "extractor " + EventExtractor.VERSION + "; HanLP " + TextAnalyzer.HANLP_VERSION
                + "; lexicon " + lexicon.version();
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public IriMinter iris() {
        return iris;
    }

    public ArticleReader reader() {
        return reader;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    public EventExtractor extractor() {
        return extractor;
    }

    public EventGraphMapper mapper() {
        return mapper;
    }

    public GraphValidator validator() {
        return validator;
    }

    /** The reference graph (countries, organisations, positions, topics); read-only by convention. */
    public Graph reference() {
        return reference;
    }
}
