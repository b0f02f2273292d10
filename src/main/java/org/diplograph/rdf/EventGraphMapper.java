package org.diplograph.rdf;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.article.Article;
import org.diplograph.extract.DiplomaticEvent;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Evidence;
import org.diplograph.extract.Participant;
import org.diplograph.lexicon.KnownPerson;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Outlet;

/**
 * Stage 4 of the pipeline: one article and its events → the article's graph. Countries, positions,
 * topics and organisations are only referenced: their descriptions live in the reference graph.
 * Thread-safe.
 */
public final class EventGraphMapper {

    private final IriMinter iris;
    private final Lexicon lexicon;
    private final String activityVersion;
    /** Other spellings of known persons (traditional script, transliterations, English), for search. */
    private final java.util.Map<String, java.util.Set<String>> otherSpellings = new java.util.HashMap<>();

    /**
     * @param activityVersion names the extractor, HanLP and lexicon versions that produced the events
     */
    public EventGraphMapper(IriMinter iris, Lexicon lexicon, String activityVersion) {
        this.iris = iris;
        this.lexicon = lexicon;
        this.activityVersion = activityVersion;
        for (KnownPerson known : lexicon.persons()) {
            java.util.Set<String> names = otherSpellings.computeIfAbsent(known.nameZh(), k -> new java.util.LinkedHashSet<>());
            names.addAll(known.names());
            if (!known.nameEn().isEmpty()) {
                names.add(known.nameEn());
            }
        }
    }

    /** The IRI of an article's resource, which also names its graph. */
    public String articleIri(Article article) {
        return iris.article(article.url());
    }

    /** Maps one article and the events extracted from it. */
    public Graph map(Article article, List<DiplomaticEvent> events) {
        return map(article, events, List.of());
    }

    /**
     * Maps one article, the events extracted from it and its salient key phrases.
     *
     * @param keywords free key phrases of the article, recorded as {@code schema:keywords}
     */
    public Graph map(Article article, List<DiplomaticEvent> events, List<String> keywords) {
        Model model = ModelFactory.createDefaultModel();
        Resource articleResource = article(model, article);
        String lang = article.language().equals("en") ? "en" : "zh";
        keywords.forEach(k -> articleResource.addProperty(Vocabulary.keywords, model.createLiteral(k, lang)));
        Resource activity = model.createResource(iris.activity(activityVersion))
                .addProperty(RDF.type, DG.ExtractionActivity)
                .addProperty(DG.extractorVersion, activityVersion)
                .addProperty(RDFS.label, model.createLiteral("Diplograph extraction " + activityVersion, "en"));
        for (DiplomaticEvent event : events) {
            event(model, event, articleResource, activity);
        }
        return model.getGraph();
    }

    private Resource article(Model model, Article article) {
        String lang = article.language().equals("en") ? "en" : article.language().equals("zh-Hant") ? "zh-Hant" : "zh";
        Outlet outlet = article.outlet();
        Resource publisher = model.createResource(iris.outlet(outlet.key()))
                .addProperty(RDF.type, DG.Organization)
                .addProperty(RDF.type, Vocabulary.NewsMediaOrganization)
                .addProperty(RDFS.label, model.createLiteral(outlet.nameEn(), "en"));
        if (!outlet.nameZh().equals(outlet.nameEn())) {
            publisher.addProperty(RDFS.label, model.createLiteral(outlet.nameZh(), "zh"));
        }
        return model.createResource(articleIri(article))
                .addProperty(RDF.type, Vocabulary.NewsArticle)
                .addProperty(Vocabulary.url, model.createResource(article.url().toString()))
                .addProperty(Vocabulary.headline, model.createLiteral(article.title(), lang))
                .addProperty(RDFS.label, model.createLiteral(article.title(), lang))
                .addProperty(Vocabulary.datePublished, model.createTypedLiteral(article.published().toString(),
                        XSDDatatype.XSDdateTime))
                .addProperty(Vocabulary.inLanguage, article.language())
                .addProperty(Vocabulary.publisher, publisher);
    }

    private void event(Model model, DiplomaticEvent event, Resource article, Resource activity) {
        String key = event.key();
        Resource e = model.createResource(iris.event(key))
                .addProperty(RDF.type, DG.DiplomaticEvent)
                .addProperty(RDF.type, model.createResource(DG.NS + event.type().localName()))
                .addProperty(RDFS.label, model.createLiteral(label(event, true), "zh"))
                .addProperty(RDFS.label, model.createLiteral(label(event, false), "en"))
                .addProperty(DG.date, date(model, event.date()))
                .addProperty(DG.intensity, model.createTypedLiteral(java.math.BigDecimal.valueOf(event.type().goldstein())))
                .addLiteral(DG.dateIsReportDate, event.dateIsReportDate())
                .addProperty(DG.status, model.createResource(DG.NS + event.status().localName()))
                .addProperty(DG.reportedBy, article);
        event.endDate().ifPresent(end -> e.addProperty(DG.endDate, date(model, end)));
        for (String iso3 : event.countries()) {
            e.addProperty(DG.participant, model.createResource(iris.country(iso3)));
        }
        for (String org : event.organizations()) {
            e.addProperty(DG.participant, model.createResource(iris.organization(org)));
        }
        if (event.type() == EventType.VISIT) {
            event.host().ifPresent(host -> {
                e.addProperty(DG.host, model.createResource(iris.country(host)));
                event.countries().stream().filter(c -> !c.equals(host))
                        .forEach(c -> e.addProperty(DG.visitor, model.createResource(iris.country(c))));
            });
        }
        for (Participant participant : event.persons()) {
            participant(model, e, key, participant, article);
        }
        for (String topic : event.topics()) {
            e.addProperty(DG.topic, model.createResource(iris.topic(topic)));
        }
        for (Evidence evidence : event.evidence()) {
            Resource mention = model.createResource(iris.mention(key, article.getURI(), evidence.start()))
                    .addProperty(RDF.type, DG.Mention)
                    .addProperty(Vocabulary.wasDerivedFrom, article)
                    .addProperty(Vocabulary.wasGeneratedBy, activity)
                    .addProperty(DG.sentence, model.createLiteral(evidence.sentence(), "zh"))
                    .addProperty(DG.startOffset, model.createTypedLiteral(String.valueOf(evidence.start()), XSDDatatype.XSDinteger))
                    .addProperty(DG.endOffset, model.createTypedLiteral(String.valueOf(evidence.end()), XSDDatatype.XSDinteger))
                    .addProperty(DG.confidence, model.createTypedLiteral(
                            new java.math.BigDecimal(evidence.confidence()).setScale(2, java.math.RoundingMode.HALF_UP)));
            e.addProperty(DG.mention, mention);
        }
    }

    private void participant(Model model, Resource event, String eventKey, Participant participant, Resource article) {
        Resource person = model.createResource(iris.person(participant.name()))
                .addProperty(RDF.type, DG.Person)
                .addProperty(RDFS.label, model.createLiteral(participant.name(), "zh"));
        ReferenceGraphMapper.altLabels(model, person,
                otherSpellings.getOrDefault(participant.name(), java.util.Set.of()), participant.name());
        Resource participation = model.createResource(iris.participation(eventKey, participant.name(), article.getURI()))
                .addProperty(RDF.type, DG.Participation)
                .addProperty(DG.agent, person);
        participant.country().ifPresent(iso3 -> {
            Resource country = model.createResource(iris.country(iso3));
            person.addProperty(DG.represents, country);
            participation.addProperty(DG.country, country);
        });
        participant.position().ifPresent(key -> {
            Resource position = model.createResource(iris.position(key));
            person.addProperty(DG.position, position);
            participation.addProperty(DG.position, position);
        });
        event.addProperty(DG.participant, person);
        event.addProperty(DG.participation, participation);
    }

    private static Literal date(Model model, java.time.LocalDate date) {
        return model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }

    /** "韩国—中国 通话 2024-02-06" / "South Korea–China phone call 2024-02-06". */
    private String label(DiplomaticEvent event, boolean zh) {
        String actors = event.countries().stream()
                .map(iso3 -> lexicon.country(iso3).map(c -> zh ? c.nameZh() : c.nameEn()).orElse(iso3))
                .collect(Collectors.joining(zh ? "—" : "–"));
        String orgs = event.organizations().stream()
                .map(k -> lexicon.organization(k).map(o -> zh ? o.nameZh() : o.nameEn()).orElse(k))
                .collect(Collectors.joining(zh ? "、" : ", "));
        String who = actors.isEmpty() ? orgs : orgs.isEmpty() ? actors : actors + (zh ? "、" : ", ") + orgs;
        String type = zh ? event.type().labelZh() : event.type().labelEn().toLowerCase(java.util.Locale.ROOT);
        return who + " " + type + " " + event.date();
    }
}
