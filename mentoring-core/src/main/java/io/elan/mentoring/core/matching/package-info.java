/**
 * Matching in a running program: proposals computed from the program's participants, pairs and directory, refined
 * by pins and exclusions, confirmed as pairs through the engine; late joiners and re-matches never move a confirmed
 * pair.
 */
@NullMarked
package io.elan.mentoring.core.matching;

import org.jspecify.annotations.NullMarked;
