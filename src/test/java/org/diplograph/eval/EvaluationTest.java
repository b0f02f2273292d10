package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.diplograph.ingest.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The ratchet: extraction quality on the evaluation set may only go up. The recorded figures are in
 * {@code eval/baseline.properties}; raise them when a change improves the scores.
 */
class EvaluationTest {

    @Test
    void scoresDoNotFallBelowTheRecordedOnes() throws IOException {
        Pipeline pipeline = new Pipeline(URI.create("http://localhost:8080/"), 5_000_000);
        Evaluation.Result result = new Evaluation(pipeline).run(GoldSet.load(Path.of("src/test/resources/eval")));
        Properties baseline = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/baseline.properties")) {
            baseline.load(in);
        }
        assertThat(result.units()).isGreaterThanOrEqualTo(150);
        for (Map.Entry<String, Double> figure : Evaluation.figures(result).entrySet()) {
            double recorded = Double.parseDouble(baseline.getProperty(figure.getKey()));
            assertThat(figure.getValue()).as(figure.getKey()).isGreaterThanOrEqualTo(recorded - 1e-9);
        }
    }
}
