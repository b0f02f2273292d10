package org.diplograph.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultFormatTest {

    @Test
    void formatParameterWinsOverAccept() {
        assertThat(ResultFormat.choose(true, "csv", "application/sparql-results+xml")).contains(ResultFormat.CSV);
        assertThat(ResultFormat.choose(false, "text/turtle", null)).contains(ResultFormat.TURTLE);
        assertThat(ResultFormat.choose(false, "nt", null)).contains(ResultFormat.NTRIPLES);
        assertThatThrownBy(() -> ResultFormat.choose(true, "turtle", null)).isInstanceOf(SparqlException.class)
                .hasMessageContaining("json, xml, csv, tsv");
    }

    @Test
    void acceptIsRankedByQValueThenSpecificityThenOrder() {
        assertThat(ResultFormat.choose(true, null, "text/csv;q=0.5, application/sparql-results+xml"))
                .contains(ResultFormat.XML);
        assertThat(ResultFormat.choose(true, null, "*/*;q=0.9, text/tab-separated-values;q=0.9"))
                .contains(ResultFormat.TSV);
        assertThat(ResultFormat.choose(false, null, "application/rdf+xml;q=0.2, application/ld+json;q=0.8"))
                .contains(ResultFormat.JSONLD);
        assertThat(ResultFormat.choose(false, null, "application/trig")).contains(ResultFormat.TRIG);
        assertThat(ResultFormat.choose(true, null, "")).contains(ResultFormat.JSON);
        assertThat(ResultFormat.choose(false, null, null)).contains(ResultFormat.TURTLE);
        assertThat(ResultFormat.choose(true, null, "text/turtle;q=1, application/json;q=0")).isEmpty();
        assertThat(ResultFormat.choose(true, null, "image/png")).isEmpty();
    }
}
