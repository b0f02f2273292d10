package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.TestFixtures;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReader;
import org.diplograph.extract.DiplomaticEvent;
import org.diplograph.extract.EventExtractor;
import org.diplograph.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventGraphMapperTest {

    private static final IriMinter IRIS = new IriMinter(URI.create("http://localhost:8080/"));
    private static Article seed;
    private static List<DiplomaticEvent> events;
    private static EventGraphMapper mapper;

    @BeforeAll
    static void mapSeed() throws Exception {
        seed = new ArticleReader(TestFixtures.lexicon(), 5_000_000).read(TestFixtures.article(TestFixtures.SEED)).get(0);
        events = new EventExtractor(TestFixtures.lexicon())
                .extract(new TextAnalyzer(TestFixtures.lexicon()).analyze(seed)).events();
        mapper = new EventGraphMapper(IRIS, TestFixtures.lexicon(), "test");
    }

    @Test
    void mappedSeedConformsToShapes() {
        Graph graph = mapper.map(seed, events);
        Graph reference = new ReferenceGraphMapper(IRIS).map(TestFixtures.lexicon());
        assertThat(new GraphValidator().violations(graph, reference)).isEmpty();
    }

    @Test
    void brokenGraphIsReported() {
        Graph graph = mapper.map(seed, events);
        Node event = graph.find(Node.ANY, RDF.type.asNode(), DG.PhoneCall.asNode()).next().getSubject();
        graph.remove(event, DG.date.asNode(), Node.ANY);
        Graph reference = new ReferenceGraphMapper(IRIS).map(TestFixtures.lexicon());
        assertThat(new GraphValidator().violations(graph, reference)).hasValueSatisfying(
                v -> assertThat(v).contains(event.getURI()).contains("dg:date"));
    }

    @Test
    void recordsKeywordsOnTheArticle() {
        Model model = ModelFactory.createModelForGraph(mapper.map(seed, events, List.of("首次通电话", "战略交流")));
        var article = model.createResource(IRIS.article(seed.url()));
        assertThat(article.listProperties(Vocabulary.keywords).toList()).hasSize(2);
    }

    @Test
    void mintsTheSameGraphTwice() {
        assertThat(mapper.map(seed, events).isIsomorphicWith(mapper.map(seed, events))).isTrue();
    }

    @Test
    void mapsPhoneCallWithCountriesPersonsAndSource() {
        Model model = ModelFactory.createModelForGraph(mapper.map(seed, events));
        var call = model.listSubjectsWithProperty(RDF.type, DG.PhoneCall).toList();
        assertThat(call).hasSize(1);
        var event = call.get(0);
        assertThat(event.hasProperty(RDF.type, DG.DiplomaticEvent)).isTrue();
        assertThat(event.getProperty(DG.date).getLiteral().getLexicalForm()).isEqualTo("2024-02-06");
        assertThat(event.getProperty(DG.intensity).getDouble()).isEqualTo(1.0);
        assertThat(event.hasProperty(DG.participant, model.createResource(IRIS.country("KOR")))).isTrue();
        assertThat(event.hasProperty(DG.participant, model.createResource(IRIS.country("CHN")))).isTrue();
        assertThat(event.hasProperty(DG.participant, model.createResource(IRIS.person("王毅")))).isTrue();
        assertThat(event.hasProperty(DG.reportedBy, model.createResource(IRIS.article(seed.url())))).isTrue();
        assertThat(event.hasProperty(DG.topic, model.createResource(IRIS.topic("supply-chains")))).isTrue();
        assertThat(IRIS.country("KOR")).isEqualTo("http://localhost:8080/id/country/KOR");
        assertThat(event.getURI()).matches("http://localhost:8080/id/event/[0-9a-f]{16}");
        var participation = event.listProperties(DG.participation).toList().stream()
                .map(s -> s.getResource()).filter(p -> p.hasProperty(DG.agent, model.createResource(IRIS.person("赵兑烈"))))
                .findFirst().orElseThrow();
        assertThat(participation.getPropertyResourceValue(DG.position).getURI()).isEqualTo(IRIS.position("foreign-minister"));
        assertThat(participation.getPropertyResourceValue(DG.country).getURI()).isEqualTo(IRIS.country("KOR"));
        assertThat(NodeFactory.createURI(IRIS.event(events.get(0).key())).getURI()).startsWith(IRIS.base());
    }
}
