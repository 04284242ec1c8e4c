/** How the engine erases, exports and retires personal data over the ports; not API. */
@NullMarked
package io.elan.mentoring.core.privacy.internal;

import org.jspecify.annotations.NullMarked;
