package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planlineage.agency.ResponsibilityRole.COOPERATING;
import static org.planlineage.agency.ResponsibilityRole.LEAD;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.agency.Agency;
import org.planlineage.agency.AgencyKind;
import org.planlineage.agency.Responsibility;

/** How a row's assignments become its lead, cooperating and responsible units, without a database. */
class RowUnitsTest {

    private static final Agency OFFICE = unit("van-phong", "Văn phòng UBND tỉnh");
    private static final Agency WARDS = unit("ubnd-2-phuong", "UBND 2 phường");
    private static final Agency WARD_A = unit("ubnd-phuong-a", "UBND Phường A");
    private static final Agency WARD_B = unit("ubnd-phuong-b", "UBND Phường B");
    private static final Agency EMPTY_GROUP = unit("cac-doanh-nghiep", "Các doanh nghiệp");

    private static final RowUnits UNITS = new RowUnits(
            Map.of(
                    OFFICE.key(), OFFICE,
                    WARDS.key(), WARDS,
                    WARD_A.key(), WARD_A,
                    WARD_B.key(), WARD_B,
                    EMPTY_GROUP.key(), EMPTY_GROUP),
            Map.of(WARDS.key(), List.of(WARD_A.key(), WARD_B.key())));

    private static final List<RowUnits.Assignment> ROW = List.of(
            new RowUnits.Assignment(LEAD, WARDS.key()),
            new RowUnits.Assignment(LEAD, OFFICE.key()),
            new RowUnits.Assignment(COOPERATING, OFFICE.key()),
            new RowUnits.Assignment(COOPERATING, EMPTY_GROUP.key()));

    @Test
    void leadAndCooperatingAreTheCellsUnitsInOrderGroupsWhole() {
        assertThat(UNITS.inRole(ROW, LEAD)).containsExactly(WARDS, OFFICE);
        assertThat(UNITS.inRole(ROW, COOPERATING)).containsExactly(OFFICE, EMPTY_GROUP);
    }

    @Test
    void expandedAGroupIsItsMembersWhereItStoodAndAGroupWithoutMembersItself() {
        assertThat(UNITS.responsibilities(ROW, true))
                .containsExactly(
                        new Responsibility(WARD_A, LEAD, WARDS),
                        new Responsibility(WARD_B, LEAD, WARDS),
                        new Responsibility(OFFICE, LEAD, null),
                        new Responsibility(OFFICE, COOPERATING, null),
                        new Responsibility(EMPTY_GROUP, COOPERATING, null));
    }

    @Test
    void unexpandedEveryUnitAnswersForItself() {
        assertThat(UNITS.responsibilities(ROW, false))
                .containsExactly(
                        new Responsibility(WARDS, LEAD, null),
                        new Responsibility(OFFICE, LEAD, null),
                        new Responsibility(OFFICE, COOPERATING, null),
                        new Responsibility(EMPTY_GROUP, COOPERATING, null));
    }

    @Test
    void aRowWithNoUnitsHasNone() {
        assertThat(UNITS.inRole(List.of(), LEAD)).isEmpty();
        assertThat(UNITS.responsibilities(List.of(), true)).isEmpty();
    }

    @Test
    void aUnitThePageDidNotReadIsAnErrorNotANull() {
        var row = List.of(new RowUnits.Assignment(LEAD, "not-read"));
        assertThatThrownBy(() -> UNITS.inRole(row, LEAD))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The page's units do not hold not-read");
    }

    private static Agency unit(String key, String name) {
        return new Agency(key, name, List.of(), AgencyKind.GROUP, null, null, null, null, null);
    }
}
