package org.diplograph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.lexicon.Country;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Organization;
import org.diplograph.lexicon.Position;
import org.diplograph.lexicon.Topic;

/**
 * The reference graph: countries, organisations, positions and topics of the lexicon, with their
 * names in Chinese and English, ISO codes and Wikidata links. Event graphs point into it.
 */
public final class ReferenceGraphMapper {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final IriMinter iris;

    public ReferenceGraphMapper(IriMinter iris) {
        this.iris = iris;
    }

    public Graph map(Lexicon lexicon) {
        Model model = ModelFactory.createDefaultModel();
        for (Country country : lexicon.countries()) {
            Resource r = model.createResource(iris.country(country.iso3()))
                    .addProperty(RDF.type, DG.Country)
                    .addProperty(DG.iso3166Alpha3, country.iso3());
            labels(model, r, country.nameZh(), country.nameEn());
            if (!country.nameZhHant().isEmpty() && !country.nameZhHant().equals(country.nameZh())) {
                r.addProperty(RDFS.label, model.createLiteral(country.nameZhHant(), "zh-Hant"));
            }
            altLabels(model, r, country.names(), country.nameZh(), country.nameEn(), country.nameZhHant());
            wikidata(model, r, country.wikidata());
        }
        for (Organization org : lexicon.organizations()) {
            Resource r = model.createResource(iris.organization(org.key())).addProperty(RDF.type, DG.Organization);
            labels(model, r, org.nameZh(), org.nameEn());
            altLabels(model, r, org.names(), org.nameZh(), org.nameEn(), org.nameZhHant());
            wikidata(model, r, org.wikidata());
        }
        for (Position position : lexicon.positions()) {
            Resource r = model.createResource(iris.position(position.key()))
                    .addProperty(RDF.type, DG.Position)
                    .addProperty(DG.level, level(position.level()));
            labels(model, r, position.nameZh(), position.nameEn());
            concept(model, r, position.nameZh(), position.nameEn());
            altLabels(model, r, position.titles(), position.nameZh(), position.nameEn(), "");
        }
        for (Topic topic : lexicon.topics()) {
            Resource r = model.createResource(iris.topic(topic.key())).addProperty(RDF.type, DG.Topic)
                    .addProperty(SKOS.inScheme, DG.Topics)
                    .addProperty(SKOS.exactMatch, model.createResource(DG.TOPIC_NS + topic.key()))
                    .addProperty(SKOS.broader, model.createResource(
                            "https://w3id.org/diplograph/plover/context-" + topic.ploverContext()));
            labels(model, r, topic.nameZh(), topic.nameEn());
            concept(model, r, topic.nameZh(), topic.nameEn());
        }
        return model.getGraph();
    }

    private static Resource level(Position.Level level) {
        return switch (level) {
            case HEAD -> DG.HeadLevel;
            case MINISTER -> DG.MinisterLevel;
            case DIPLOMAT -> DG.DiplomatLevel;
            case OFFICIAL -> DG.OfficialLevel;
        };
    }

    private static void labels(Model model, Resource r, String zh, String en) {
        if (!zh.isEmpty()) {
            r.addProperty(RDFS.label, model.createLiteral(zh, "zh"));
        }
        if (!en.isEmpty()) {
            r.addProperty(RDFS.label, model.createLiteral(en, "en"));
        }
    }

    private static void concept(Model model, Resource r, String zh, String en) {
        r.addProperty(SKOS.prefLabel, model.createLiteral(zh, "zh"));
        r.addProperty(SKOS.prefLabel, model.createLiteral(en, "en"));
    }

    /** Other names, tagged zh or en by script, so that search finds 南韩 as well as 韩国. */
    static void altLabels(Model model, Resource r, java.util.Collection<String> names, String... labels) {
        java.util.Set<String> own = new java.util.HashSet<>(java.util.Arrays.asList(labels));
        for (String name : names) {
            if (!own.contains(name)) {
                boolean han = name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
                r.addProperty(SKOS.altLabel, model.createLiteral(name, han ? "zh" : "en"));
            }
        }
    }

    private static void wikidata(Model model, Resource r, String id) {
        if (id.matches("Q\\d+")) {
            r.addProperty(Vocabulary.sameAs, model.createResource(WIKIDATA + id));
        }
    }
}
