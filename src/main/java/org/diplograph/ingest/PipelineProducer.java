package org.diplograph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.diplograph.DiplographConfig;

/** Builds the one {@link Pipeline} of the service from its configuration. */
@ApplicationScoped
public class PipelineProducer {

    @Produces
    @ApplicationScoped
    Pipeline pipeline(DiplographConfig config) {
        return new Pipeline(config.baseUri(), config.ingest().maxArticleBytes());
    }
}
