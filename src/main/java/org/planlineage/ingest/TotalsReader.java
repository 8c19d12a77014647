package org.planlineage.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the totals clause ("Sau khi sắp xếp, tỉnh Vĩnh Long có 124 đơn vị hành chính cấp xã, gồm 105 xã và 19
 * phường; trong đó có 101 xã, 19 phường hình thành sau sắp xếp ... và 04 xã không thực hiện sắp xếp là các xã ...")
 * and checks it against the clauses read: the units formed of each kind, the units kept, and the sums. Every
 * disagreement is a TOTALS warning; nothing is corrected.
 */
final class TotalsReader {

    static final Pattern START = Pattern.compile("^Sau\\s*khi\\s*sắp\\s*xếp");
    private static final Pattern ALL = Pattern.compile("có\\s*(?<units>\\d+)\\s*đơn\\s*vị\\s*hành\\s*chính\\s*cấp\\s*xã"
            + "\\s*,?\\s*gồm\\s*(?<communes>\\d+)\\s*xã\\s*(?:,|và)\\s*(?<wards>\\d+)\\s*phường");
    private static final Pattern FORMED = Pattern.compile(
            "trong\\s*đó\\s*có\\s*(?<communes>\\d+)\\s*xã\\s*,?\\s*(?<wards>\\d+)\\s*phường\\s*hình\\s*thành");
    private static final Pattern KEPT =
            Pattern.compile("(?<n>\\d+)\\s*(?<kind>xã|phường)\\s*không\\s*thực\\s*hiện\\s*sắp"
                    + "\\s*xếp\\s*(?:là\\s*)?(?<units>.+?)[\\s.]*$");

    private TotalsReader() {}

    static Totals read(int number, Passage p, List<Clause> clauses, List<Warning> warnings) {
        String t = p.text();
        LineRange lines = p.lines(0, p.length());
        Matcher all = ALL.matcher(t);
        Matcher formed = FORMED.matcher(t);
        Matcher kept = KEPT.matcher(t);
        boolean a = all.find();
        boolean f = formed.find();
        boolean k = kept.find();
        if (!a || !f || !k) {
            warnings.add(Warning.of(Warning.Kind.TOTALS, "part of the totals clause could not be read", t, lines));
        }
        List<Unit> unchanged = k
                ? UnitListReader.read(
                        p, kept.start("units"), kept.end("units"), UnitKind.of(kept.group("kind")), warnings)
                : List.of();
        Totals totals = new Totals(
                number,
                a ? Integer.valueOf(all.group("units")) : null,
                a ? Integer.valueOf(all.group("communes")) : null,
                a ? Integer.valueOf(all.group("wards")) : null,
                f ? Integer.valueOf(formed.group("communes")) : null,
                f ? Integer.valueOf(formed.group("wards")) : null,
                k ? Integer.valueOf(kept.group("n")) : null,
                unchanged,
                t,
                lines);
        check(totals, clauses, warnings);
        return totals;
    }

    private static void check(Totals t, List<Clause> clauses, List<Warning> warnings) {
        long communes = formed(clauses, UnitKind.COMMUNE);
        long wards = formed(clauses, UnitKind.WARD);
        agree(t, t.formedCommunes(), communes, "communes formed, counted in the clauses", warnings);
        agree(t, t.formedWards(), wards, "wards formed, counted in the clauses", warnings);
        agree(t, t.unchangedCount(), t.unchanged().size(), "units kept, as named", warnings);
        if (t.communes() != null && t.formedCommunes() != null && t.unchangedCount() != null) {
            agree(t, t.communes(), t.formedCommunes() + t.unchangedCount(), "communes formed and kept", warnings);
        }
        if (t.units() != null && t.communes() != null && t.wards() != null) {
            agree(t, t.units(), t.communes() + t.wards(), "communes and wards", warnings);
        }
    }

    private static long formed(List<Clause> clauses, UnitKind kind) {
        return clauses.stream()
                .filter(c ->
                        c.kind() == Clause.Kind.REORGANISATION && c.newUnit().kind() == kind)
                .count();
    }

    private static void agree(Totals t, Integer stated, long counted, String what, List<Warning> warnings) {
        if (stated != null && stated != counted) {
            warnings.add(Warning.of(
                    Warning.Kind.TOTALS,
                    "the totals clause says " + stated + ", the reading finds " + counted + " (" + what + ")",
                    t.words(),
                    t.lines()));
        }
    }
}
