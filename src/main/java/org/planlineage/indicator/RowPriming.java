package org.planlineage.indicator;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.dataloader.DataLoader;

/**
 * Hands the parts of a page's rows read with the page ({@link RowPageQueries}) to the DataLoaders of the fields that
 * would otherwise read them ({@link PlanItemController}), so those fields answer from the loaders' caches and run no
 * statement. Called when the page is loaded, before graphql-java resolves the rows' fields.
 */
public final class RowPriming {

    private RowPriming() {}

    /** Primes the request's loaders with each selected part of each row of {@code page}. */
    public static void prime(DataFetchingEnvironment env, RowSelection with, RowPageQueries.Page page) {
        List<PlanItem> items = page.items();
        if (with.targets()) {
            prime(
                    env,
                    "planItemTargets",
                    items,
                    PlanItem::key,
                    p -> parts(page, p).targets());
        }
        if (with.lead()) {
            prime(env, "PlanItem.lead", items, p -> p, p -> parts(page, p).lead());
        }
        if (with.cooperating()) {
            prime(
                    env,
                    "PlanItem.cooperating",
                    items,
                    p -> p,
                    p -> parts(page, p).cooperating());
        }
        if (with.expandGroups() != null) {
            for (LocalDate asOf : with.asOf()) {
                prime(
                        env,
                        "planItemResponsibilities",
                        items,
                        p -> new PlanItemController.ResponsibleKey(p.key(), with.expandGroups(), asOf),
                        p -> parts(page, p).responsibilities().stream()
                                .map(r -> r.on(asOf))
                                .toList());
            }
        }
        if (with.legalBasis()) {
            prime(env, "PlanItem.legalBasis", items, p -> p, p -> parts(page, p).legalBasis());
        }
        if (with.indicator()) {
            prime(env, "PlanItem.indicator", items, p -> p, p -> parts(page, p).indicator());
        }
    }

    private static RowParts parts(RowPageQueries.Page page, PlanItem item) {
        return page.parts().get(item.key());
    }

    private static void prime(
            DataFetchingEnvironment env,
            String loader,
            List<PlanItem> items,
            Function<PlanItem, Object> key,
            Function<PlanItem, Object> value) {
        DataLoader<Object, Object> dataLoader = env.getDataLoader(loader);
        if (dataLoader != null) {
            items.forEach(p -> dataLoader.prime(key.apply(p), value.apply(p)));
        }
    }
}
