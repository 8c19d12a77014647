package org.planlineage.indicator;

import java.util.List;
import org.planlineage.agency.Agency;
import org.planlineage.agency.Responsibility;
import org.planlineage.document.Document;

/**
 * The parts of one row read along with its page ({@link RowPageQueries}); a part the request did not select is null
 * (the indicator is also null for a row that sets none: see {@link RowSelection#indicator()}).
 */
record RowParts(
        List<Target> targets,
        List<Agency> lead,
        List<Agency> cooperating,
        List<Responsibility> responsibilities,
        List<Document> legalBasis,
        Indicator indicator) {}
