/**
 * What the page and its charts share: colours and their palettes, and HTML escaping. Not API.
 */
@NullMarked
package io.elan.mentoring.report.internal.markup;

import org.jspecify.annotations.NullMarked;
