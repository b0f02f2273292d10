package org.diplograph.sparql;

import java.io.OutputStream;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.web.MediaRange;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}: endpoint, languages, features, result
 * formats and the union default graph. Stateless.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {
    }

    /** An RDF format the Accept header asks for explicitly; wildcards do not count. */
    static Optional<ResultFormat> format(String accept) {
        for (MediaRange range : MediaRange.parse(accept)) {
            if (range.type().contains("*")) {
                continue;
            }
            for (ResultFormat f : ResultFormat.values()) {
                if (!f.bindings() && f.mediaType().equals(range.type())) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    static Model describe(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource();
        service.addProperty(RDF.type, m.createResource(SD + "Service"));
        service.addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint));
        service.addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "TriG", "N-Quads", "JSON-LD", "RDF_XML"}) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource();
        dataset.addProperty(RDF.type, m.createResource(SD + "Dataset"));
        Resource defaultGraph = m.createResource();
        defaultGraph.addProperty(RDF.type, m.createResource(SD + "Graph"));
        dataset.addProperty(m.createProperty(SD, "defaultGraph"), defaultGraph);
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }

    static void write(OutputStream out, String endpoint, ResultFormat format) {
        RDFDataMgr.write(out, describe(endpoint), format.lang());
    }
}
