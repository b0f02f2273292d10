package org.diplograph.rdf;

import java.io.InputStream;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks mapped graphs against {@code ontology/shapes.ttl}. The shapes are parsed once; validation
 * is thread-safe.
 */
public final class GraphValidator {

    private final Shapes shapes;

    public GraphValidator() {
        this.shapes = Shapes.parse(load("ontology/shapes.ttl"));
    }

    /** Parses a Turtle file shipped on the class path (the ontology and its shapes). */
    public static Graph load(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = GraphValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Validates an article's graph together with the reference graph it points into.
     *
     * @return a readable list of violations, or empty when the graph conforms
     */
    public Optional<String> violations(Graph articleGraph, Graph reference) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(articleGraph, reference));
        if (report.conforms()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (ReportEntry entry : report.getEntries()) {
            text.append(entry.focusNode()).append(": ").append(entry.message()).append('\n');
        }
        return Optional.of(text.toString().strip());
    }
}
