package org.diplograph;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** The ingest command line of the runnable jar. */
@QuarkusMainTest
class MainTest {

    @Test
    void ingestPrintsPerFileResultsAndFailsOnBadFiles(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("ingest", TestFixtures.article(TestFixtures.SEED).toString(),
                "no/such/file.md");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput())
                .contains("ok      " + TestFixtures.article(TestFixtures.SEED))
                .contains("PhoneCall 2024-02-06 CHN,KOR http://localhost:8080/id/event/")
                .contains("FAILED  no/such/file.md: no such file or directory")
                .contains("1 articles, ");
    }

    @Test
    @Launch(value = {"frobnicate"}, exitCode = 2)
    void unknownCommandShowsUsage(LaunchResult result) {
        assertThat(result.getErrorOutput()).contains("usage: java -jar quarkus-run.jar [ingest PATH...]");
    }
}
