package org.planlineage.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planlineage.agency.AdminLevel;
import org.planlineage.editing.DocumentInput;
import org.planlineage.graph.Relation;

/** The national graph's model as plain Java: the map's counts per scale, determinism, and plans that hold together. */
class NationalModelTest {

    @Test
    void scaleOneIsTheMapOfEarly2025AndSmallerScalesShrinkEveryLevel() {
        var full = AdminMap.build(42, 1);
        assertThat(full.provinces).hasSize(63);
        assertThat(full.districts).hasSize(696);
        assertThat(full.communes).hasSize(10_047);
        assertThat(full.provinces.get(0).fullName()).isEqualTo("thành phố Hà Nội");

        var tenth = AdminMap.build(42, 0.1);
        assertThat(tenth.provinces).hasSize(6);
        assertThat(tenth.districts).hasSize(70);
        assertThat(tenth.communes).hasSize(1_005);

        var hundredth = AdminMap.build(42, 0.01);
        assertThat(hundredth.provinces).hasSize(1);
        assertThat(hundredth.districts).hasSize(7);
        assertThat(hundredth.communes).hasSize(100);
        // every place has a parent one level up, and every district and province has children
        assertThat(full.communes).allSatisfy(c -> assertThat(c.parent().level()).isEqualTo(AdminLevel.DISTRICT));
        assertThat(full.districts).allSatisfy(d -> assertThat(full.children(d)).isNotEmpty());
    }

    @Test
    void theSameSeedAndScaleGiveTheSameGraphAndAnotherSeedAnother() {
        var a = model(42, 0.01);
        var b = model(42, 0.01);
        var other = model(7, 0.01);
        var commune = a.map.communes.get(17);
        assertThat(a.plans.plan(commune, 2024)).isEqualTo(b.plans.plan(b.map.communes.get(17), 2024));
        assertThat(a.units.all()).isEqualTo(b.units.all());
        assertThat(a.units.members()).isEqualTo(b.units.members());
        assertThat(names(a.map)).isEqualTo(names(b.map)).isNotEqualTo(names(other.map));
        assertThat(a.plans.plan(commune, 2024)).isNotEqualTo(other.plans.plan(other.map.communes.get(17), 2024));
    }

    @Test
    void everyPlanHas50To150RowsNamingKnownUnitsAndImplementsThePlanAboveOfItsYear() {
        var m = model(42, 0.01);
        var keys = new HashSet<String>();
        m.units.all().forEach(u -> assertThat(keys.add(u.key())).as(u.key()).isTrue());
        var written = new HashSet<String>();
        for (int year : NationalPlans.YEARS) {
            for (var place : m.plans.placesInOrder()) {
                DocumentInput plan = m.plans.plan(place, year);
                assertThat(plan.items()).hasSizeBetween(50, 150);
                assertThat(plan.issuer()).isIn(keys);
                assertThat(plan.items()).allSatisfy(item -> {
                    assertThat(item.lead())
                            .hasSize(1)
                            .allSatisfy(k -> assertThat(k).isIn(keys));
                    assertThat(item.cooperating()).allSatisfy(k -> assertThat(k).isIn(keys));
                    assertThat(item.targets())
                            .extracting(DocumentInput.YearValue::year)
                            .contains(year);
                });
                var implemented = plan.links().stream()
                        .filter(l -> l.relation() == Relation.IMPLEMENTS)
                        .map(l -> l.document().key())
                        .toList();
                assertThat(implemented).hasSize(1);
                if (place.parent() != null) {
                    // the plan above comes earlier in the order the generator imports in
                    assertThat(implemented.get(0)).isEqualTo(NationalPlans.key(place.parent(), year));
                    assertThat(written).contains(implemented.get(0));
                }
                written.add(plan.key());
            }
        }
        assertThat(written).hasSize(108 * 4);
    }

    @Test
    void aDistrictsCommuneGroupHasEveryCommuneOfTheDistrictAsMember() {
        var m = model(42, 0.01);
        var district = m.map.districts.get(0);
        var group = NationalUnits.communesOf(district);
        assertThat(m.units.members().stream()
                        .filter(x -> x.group().equals(group))
                        .map(NationalUnits.Member::member)
                        .toList())
                .containsExactlyElementsOf(m.map.children(district).stream()
                        .map(NationalUnits::committee)
                        .toList());
        assertThat(m.units.unit(group).name()).startsWith("UBND các ").endsWith(district.fullName());
    }

    private record Model(AdminMap map, NationalUnits units, NationalPlans plans) {}

    private static Model model(long seed, double scale) {
        var map = AdminMap.build(seed, scale);
        var units = NationalUnits.of(map, Set.of());
        return new Model(map, units, new NationalPlans(seed, map, units));
    }

    private static java.util.List<String> names(AdminMap map) {
        return map.communes.stream().map(AdminMap.Place::fullName).toList();
    }
}
