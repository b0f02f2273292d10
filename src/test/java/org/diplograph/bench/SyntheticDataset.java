package org.diplograph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DG;

/**
 * Writes a synthetic dataset of N diplomatic events in Diplograph's RDF model straight into a TDB2
 * directory with TDB2's bulk loader (one transaction): one named graph per article, two events per
 * article (every fifth article also re-reports an earlier event), real country, topic, position and
 * outlet keys from the lexicons, a pool of persons, participations, topics and evidence mentions.
 * About 32 quads per event. Deterministic for a given N (seeded).
 */
public final class SyntheticDataset {

    static final String BASE = "http://localhost:8080/";
    static final String SCHEMA = "https://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String[] TYPES = {"PhoneCall", "Meeting", "Talks", "Visit", "Summit", "Agreement", "Statement",
        "Protest", "Invitation", "Sanction", "Message", "Expulsion"};

    final List<String> countries = keys("lexicon/countries.tsv", "iso3");
    final List<String> topics = keys("lexicon/topics.tsv", "key");
    final List<String> positions = keys("lexicon/positions.tsv", "key");
    final List<String> outlets = List.copyOf(new LinkedHashSet<>(keys("lexicon/outlets.tsv", "key")));
    final int persons;
    final long events;

    SyntheticDataset(long events) {
        this.events = events;
        this.persons = (int) Math.max(100, Math.min(20_000, events / 20));
    }

    static List<String> keys(String resource, String column) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SyntheticDataset.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            int col = -1;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (col < 0) {
                    col = List.of(cells).indexOf(column);
                } else {
                    out.add(cells[col]);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    static Node id(String kind, String key) {
        return iri(BASE + "id/" + kind + "/" + key);
    }

    static Node dg(String local) {
        return iri(DG.NS + local);
    }

    /** The person pool: stable names and home countries. */
    String personCountry(int p) {
        return p % 5 == 0 ? "CHN" : countries.get((p * 7919) % countries.size());
    }

    /** Loads the dataset into {@code dir} (which must not hold a database yet); returns the quad count. */
    long writeTo(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                generate(loader.stream());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads();
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    void generate(StreamRDF out) {
        Random rnd = new Random(42);
        Node type = RDF.type.asNode();
        LocalDate start = LocalDate.of(2014, 1, 1);
        long articles = (events + 1) / 2;
        out.start();
        for (long a = 0; a < articles; a++) {
            Node article = id("article", String.format("%016x", a));
            String outlet = outlets.get((int) (Math.abs(rnd.nextGaussian()) * 6) % outlets.size());
            LocalDate published = start.plusDays(rnd.nextInt(12 * 365));
            quad(out, article, article, type, iri(SCHEMA + "NewsArticle"));
            quad(out, article, article, iri(SCHEMA + "url"), iri("https://news.example/" + outlet + "/" + a));
            quad(out, article, article, iri(SCHEMA + "headline"), NodeFactory.createLiteralLang("外交新闻 " + a, "zh"));
            quad(out, article, article, iri(SCHEMA + "datePublished"),
                    NodeFactory.createLiteralDT(published + "T08:00:00Z", XSDDatatype.XSDdateTime));
            quad(out, article, article, iri(SCHEMA + "inLanguage"), NodeFactory.createLiteralString("zh"));
            quad(out, article, article, iri(SCHEMA + "publisher"), id("outlet", outlet));
            for (long e = 2 * a; e < Math.min(events, 2 * a + 2); e++) {
                event(out, rnd, article, e, published);
            }
            if (a % 5 == 4 && a >= 3) {
                event(out, new Random(2 * (a - 3)), article, 2 * (a - 3), published);
            }
        }
        out.finish();
    }

    /** One event as reported by one article; the same event number gives the same event facts. */
    private void event(StreamRDF out, Random rnd, Node article, long e, LocalDate published) {
        Random facts = new Random(e * 31 + 7);
        Node type = RDF.type.asNode();
        Node label = RDFS.label.asNode();
        Node event = id("event", String.format("%016x", e));
        String t = TYPES[facts.nextInt(TYPES.length)];
        String c1 = facts.nextInt(10) < 4 ? "CHN" : countries.get((int) (Math.abs(facts.nextGaussian()) * 25) % countries.size());
        String c2 = countries.get((int) (Math.abs(facts.nextGaussian()) * 40) % countries.size());
        if (c2.equals(c1)) {
            c2 = c1.equals("USA") ? "CHN" : "USA";
        }
        LocalDate date = published.minusDays(facts.nextInt(3));
        quad(out, article, event, type, dg(t));
        quad(out, article, event, type, DG.DiplomaticEvent.asNode());
        quad(out, article, event, label, NodeFactory.createLiteralLang(c1 + "–" + c2 + " " + t + " " + date, "en"));
        quad(out, article, event, label, NodeFactory.createLiteralLang(c1 + "与" + c2 + "外交活动", "zh"));
        quad(out, article, event, dg("date"), NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        quad(out, article, event, dg("status"), dg(facts.nextInt(10) < 8 ? "Occurred" : "Planned"));
        quad(out, article, event, dg("dateIsReportDate"), NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
        quad(out, article, event, dg("participant"), id("country", c1));
        quad(out, article, event, dg("participant"), id("country", c2));
        int people = 1 + facts.nextInt(2);
        for (int k = 0; k < people; k++) {
            int p = (int) ((Math.abs(facts.nextGaussian()) * persons / 3) % persons);
            Node person = id("person", String.format("p%06d", p));
            quad(out, article, person, type, DG.Person.asNode());
            quad(out, article, person, label, NodeFactory.createLiteralLang("人物" + p, "zh"));
            quad(out, article, event, dg("participant"), person);
            Node part = id("participation", String.format("%016x-%d", e, k));
            quad(out, article, event, dg("participation"), part);
            quad(out, article, part, type, DG.Participation.asNode());
            quad(out, article, part, dg("agent"), person);
            quad(out, article, part, dg("position"), id("position", positions.get(p % positions.size())));
            quad(out, article, part, dg("country"), id("country", personCountry(p)));
        }
        int nTopics = 1 + facts.nextInt(2);
        for (int k = 0; k < nTopics; k++) {
            quad(out, article, event, dg("topic"), id("topic", topics.get(facts.nextInt(topics.size()))));
        }
        quad(out, article, event, dg("reportedBy"), article);
        Node mention = id("mention", String.format("%016x-%s", e, article.getURI().hashCode() & 0xffff));
        quad(out, article, event, dg("mention"), mention);
        quad(out, article, mention, type, DG.Mention.asNode());
        quad(out, article, mention, dg("sentence"), NodeFactory.createLiteralLang("双方就" + t + "交换了意见。", "zh"));
        int offset = rnd.nextInt(2000);
        quad(out, article, mention, dg("startOffset"), NodeFactory.createLiteralDT(String.valueOf(offset), XSDDatatype.XSDinteger));
        quad(out, article, mention, dg("endOffset"), NodeFactory.createLiteralDT(String.valueOf(offset + 40), XSDDatatype.XSDinteger));
        quad(out, article, mention, dg("confidence"), NodeFactory.createLiteralDT("0.8", XSDDatatype.XSDdecimal));
        quad(out, article, mention, iri(PROV + "wasDerivedFrom"), article);
        quad(out, article, mention, iri(PROV + "wasGeneratedBy"), id("activity", "synthetic"));
    }

    private static void quad(StreamRDF out, Node g, Node s, Node p, Node o) {
        out.quad(org.apache.jena.sparql.core.Quad.create(g, s, p, o));
    }
}
