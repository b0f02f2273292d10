package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.TestFixtures;
import org.diplograph.extract.EventType;
import org.diplograph.lexicon.Topic;
import org.junit.jupiter.api.Test;

/** The vocabulary class, the ontology files and the lexicon agree. */
class DGTest {

    private static Graph ontology() {
        Graph all = GraphFactory.createDefaultGraph();
        DG.ONTOLOGY_FILES.forEach(f -> GraphValidator.load(f).find().forEachRemaining(all::add));
        return all;
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws Exception {
        Graph ontology = ontology();
        int checked = 0;
        for (Field field : DG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertThat(term.getLocalName()).isEqualTo(field.getName());
                Node subject = NodeFactory.createURI(term.getURI());
                assertThat(ontology.find(subject, RDF.type.asNode(), Node.ANY).hasNext())
                        .as("%s is declared in the ontology files", term).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void everyEventTypeHasItsCodesInTheOntology() {
        Model model = ModelFactory.createModelForGraph(ontology());
        for (EventType type : EventType.values()) {
            Resource cls = model.createResource(DG.NS + type.localName());
            assertThat(cls.getProperty(DG.cameoCode).getString()).as(type.localName()).isEqualTo(type.cameoCode());
            assertThat(cls.getProperty(model.createProperty(DG.NS + "goldsteinScale")).getDouble())
                    .as(type.localName()).isEqualTo(type.goldstein());
            if (type.ploverCategory().isEmpty()) {
                assertThat(cls.hasProperty(DG.ploverCategory)).isFalse();
            } else {
                assertThat(cls.getProperty(DG.ploverCategory).getString()).isEqualTo(type.ploverCategory());
            }
            assertThat(cls.hasProperty(SKOS.inScheme, DG.EventTypes)).as(type.localName()).isTrue();
            Resource cameo = model.createResource("https://w3id.org/diplograph/cameo/" + type.cameoCode());
            assertThat(cameo.hasProperty(SKOS.inScheme)).as("CAMEO %s described", type.cameoCode()).isTrue();
        }
    }

    @Test
    void topicSchemeMatchesTheTopicLexicon() {
        Model model = ModelFactory.createModelForGraph(ontology());
        for (Topic topic : TestFixtures.lexicon().topics()) {
            Resource concept = model.createResource(DG.TOPIC_NS + topic.key());
            assertThat(concept.hasProperty(SKOS.inScheme, DG.Topics)).as(topic.key()).isTrue();
            assertThat(concept.listProperties(SKOS.prefLabel).toList()).extracting(s -> (Literal) s.getObject())
                    .extracting(Literal::getLexicalForm).contains(topic.nameEn(), topic.nameZh());
            Resource context = concept.getPropertyResourceValue(SKOS.broader);
            assertThat(context.getURI()).endsWith("context-" + topic.ploverContext());
        }
    }
}
