package org.planlineage.editing;

/** Who may write: every mutation asks this first, before it reads or writes anything. */
public interface Editors {

    /**
     * The name of the editor making the current request, to record as who changed what. Throws {@code UNAUTHORIZED}
     * when the request carries no credential and {@code FORBIDDEN} when it carries one that is not an editor's.
     */
    String requireEditor();
}
