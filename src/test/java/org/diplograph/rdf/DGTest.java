package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class DGTest {

    @Test
    void everyConstantIsDeclaredInTheOntology() throws Exception {
        Graph ontology = GraphValidator.load("ontology/diplograph.ttl");
        int checked = 0;
        for (Field field : DG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertThat(term.getLocalName()).isEqualTo(field.getName());
                Node subject = NodeFactory.createURI(term.getURI());
                assertThat(ontology.find(subject, RDF.type.asNode(), Node.ANY).hasNext())
                        .as("%s is declared in ontology/diplograph.ttl", term).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void everyEventTypeHasAClassWithCameoCode() {
        Graph ontology = GraphValidator.load("ontology/diplograph.ttl");
        for (org.diplograph.extract.EventType type : org.diplograph.extract.EventType.values()) {
            Node cls = NodeFactory.createURI(DG.NS + type.localName());
            assertThat(ontology.find(cls, DG.cameoCode.asNode(), Node.ANY).hasNext()).as(type.localName()).isTrue();
        }
    }
}
