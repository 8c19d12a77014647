package org.planlineage.seed;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.planlineage.agency.AdminLevel;
import org.planlineage.agency.AgencyKind;

/**
 * Writes generated units (the national graph's provinces, districts, communes, their offices and groups) with the
 * product's own unit writer, {@link AgencyWriter}: an import never writes units, the seed is the one path that does.
 * The units are stamped with the fingerprint of the seed the graph holds, so that a restart with the same seed keeps
 * them; a new seed hands the ones imported plans use over to imported data ({@link ImportedData}), as it does for
 * any unit of an earlier seed. Test code: the generator is not part of the product.
 */
public final class GeneratedUnits {

    /** One unit, as a row of {@code agencies/*.csv}. */
    public record Unit(
            String key, String name, List<String> aliases, AgencyKind kind, AdminLevel level, String parent) {}

    /** One member of a group. */
    public record Member(String group, String member) {}

    private GeneratedUnits() {}

    /** Writes the units and memberships in the transaction; returns the nodes created. */
    public static int write(TransactionContext tx, List<Unit> units, List<Member> members) {
        var version = tx.run("MATCH (s:SeedState {key: 'graph-seed'}) RETURN s.fingerprint AS f", Map.of())
                .single()
                .get("f")
                .asString();
        var seed = new Seed(
                List.of(),
                units.stream()
                        .map(u -> new Seed.Agency(
                                u.key(), u.name(), u.aliases(), u.kind(), u.level(), u.parent(), null, null, null))
                        .toList(),
                members.stream()
                        .map(m -> new Seed.Membership(m.group(), m.member(), null))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                version);
        var out = new GraphWrites(tx, version);
        AgencyWriter.write(out, seed);
        return out.counts().nodesCreated();
    }
}
