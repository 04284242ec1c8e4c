/**
 * Mentor–mentee matching: profiles, the program's rules and weights, and proposals that match as many mentees as the
 * rules allow with the highest total score, every pair and every person left out explained in words.
 */
@NullMarked
package io.elan.mentoring.matching;

import org.jspecify.annotations.NullMarked;
