/**
 * Text normal forms shared by the seed loader and the API: NFC for storage, folded (no case, no diacritics) for
 * search and for loose document numbers.
 */
package org.planlineage.text;
