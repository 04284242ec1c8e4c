/**
 * How proposals are computed: the request compiled to arrays, the hard rules and scores of every pairing, and the
 * assignment solved as a minimum-cost flow by JGraphT. Not API.
 */
@NullMarked
package io.elan.mentoring.matching.internal;

import org.jspecify.annotations.NullMarked;
