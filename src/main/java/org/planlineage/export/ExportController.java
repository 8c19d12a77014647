package org.planlineage.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.DocumentQueries;
import org.planlineage.document.ProvenanceQueries;
import org.planlineage.finding.FindingDetails;
import org.planlineage.finding.FindingFilter;
import org.planlineage.finding.FindingKind;
import org.planlineage.finding.FindingService;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.ApiException;
import org.planlineage.indicator.ComparisonService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code /export/findings.csv} and {@code /export/compare.csv}: checks the parameters (the same filters as the
 * {@code findings} and {@code compare} queries), then writes the file ({@link FindingsCsv}, {@link CompareCsv}). A
 * refused request answers a problem document (RFC 9457) with the contract's classification, before any byte of CSV.
 */
@RestController
class ExportController {

    private static final Set<String> FINDINGS_PARAMETERS = Set.of("kinds", "document", "level", "year");
    private static final Set<String> COMPARE_PARAMETERS = Set.of("indicator", "years", "rows");

    /** What a row of compare.csv is: an entry (one row's target for one year) or a pair with its verdict. */
    enum CompareRows {
        ENTRIES,
        PAIRS
    }

    private final FindingService findings;
    private final FindingDetails details;
    private final DocumentQueries documents;
    private final ComparisonService comparisons;
    private final ProvenanceQueries provenance;

    ExportController(
            FindingService findings,
            FindingDetails details,
            DocumentQueries documents,
            ComparisonService comparisons,
            ProvenanceQueries provenance) {
        this.findings = findings;
        this.details = details;
        this.documents = documents;
        this.comparisons = comparisons;
        this.provenance = provenance;
    }

    @GetMapping("/export/findings.csv")
    void findings(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var p = new ExportParameters(request.getParameterMap(), FINDINGS_PARAMETERS);
        var filter = FindingFilter.of(
                p.enums("kinds", FindingKind.class),
                p.one("document"),
                p.oneEnum("level", AdminLevel.class),
                p.year("year"),
                documents);
        var found = findings.find(filter);
        FindingsCsv.write(response, found, details);
    }

    @GetMapping("/export/compare.csv")
    void compare(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var p = new ExportParameters(request.getParameterMap(), COMPARE_PARAMETERS);
        String indicator = p.one("indicator");
        if (indicator == null) {
            throw ApiException.badRequest(
                    "'indicator' is required: the key of an indicator, e.g. ?indicator=ty-le-ho-so-cong-viec-xu-ly-"
                            + "tren-mang-cap-xa; find keys with the indicators query");
        }
        List<Integer> years = p.years("years");
        for (int year : years) {
            if (year < 1945 || year > 2100) {
                throw ApiException.badRequest("'years' must hold calendar years such as 2024, got " + year);
            }
        }
        CompareRows rows = p.oneEnum("rows", CompareRows.class);
        var comparison = comparisons.compare(indicator, years.isEmpty() ? null : years);
        // the rows' provenance (their lines in the source) is read only for this file, not by compare itself
        var lines = provenance.ofNodes(
                NodeType.PLAN_ITEM,
                comparison.entries().stream()
                        .map(e -> e.item().key())
                        .distinct()
                        .toList());
        CompareCsv.write(response, comparison, lines, rows == null ? CompareRows.ENTRIES : rows);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
        HttpStatus status = e.classification() == ApiException.Classification.NOT_FOUND
                ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("classification", e.classification().name());
        e.extensions().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }
}
