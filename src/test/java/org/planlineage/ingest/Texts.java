package org.planlineage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The texts the reader's tests read, and a one-line form of a citation to compare whole lists at once. */
final class Texts {

    private Texts() {}

    /** A source text of the seed, as the repository keeps it; decoded leniently (000 has one non-UTF-8 sequence). */
    static String source(String file) {
        Path dir = Path.of(System.getProperty("planlineage.sources", "graph-seed/sources"));
        try {
            return new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-written text under src/test/resources/ingest/. */
    static String resource(String name) {
        try (InputStream in = Texts.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test text " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "RELATION | parent | number or name | date or its words | issuer words or (implied issuer) | lines | locator":
     * the parent is "-" for the read document's own citations, else the parent's number or name (a name longer than
     * 60 characters as its type words and "…").
     */
    static String line(ReadDocument d, Citation c) {
        String parent = c.parent() == null ? "-" : label(d.citations().get(c.parent()));
        String date = c.issuedOn() != null ? c.issuedOn().toString() : String.valueOf(c.issuedOnRaw());
        String issuer = c.issuerWords() != null ? c.issuerWords() : "(" + c.impliedIssuer() + ")";
        return String.join(
                " | ",
                c.relation().name(),
                parent,
                label(c),
                date,
                issuer,
                c.lines().toString(),
                c.locator());
    }

    static List<String> lines(ReadDocument d) {
        return d.citations().stream().map(c -> line(d, c)).toList();
    }

    private static String label(Citation c) {
        if (c.number() != null) {
            return c.number();
        }
        if (c.name() != null) {
            return c.name().length() <= 60 ? c.name() : c.typeWords() + " …";
        }
        return c.numberRaw();
    }

    /**
     * "102 | phường Thanh Đức | Phường 5 (thành phố Vĩnh Long); xã Thanh Đức | 407-409": a clause's number, new unit
     * and predecessors, a share other than the whole as "part of ..." or "rest after 17 of ...", a locality read
     * for a run of numbered wards marked "shared".
     */
    static String clause(Clause c) {
        String units = c.predecessors().stream().map(Texts::predecessor).collect(Collectors.joining("; "));
        String created = c.newUnit() == null ? "-" : c.newUnit().fullName();
        return c.number() + " | " + created + " | " + units + " | " + c.lines();
    }

    private static String predecessor(Predecessor p) {
        Unit u = p.unit();
        String share = switch (p.share()) {
            case WHOLE -> "";
            case PART -> "part of ";
            case REMAINDER -> "rest after " + p.remainderOfClause() + " of ";
        };
        String locality =
                u.locality() == null ? "" : " (" + u.locality() + (u.localityShared() ? ", shared" : "") + ")";
        return share + u.fullName() + locality;
    }
}
