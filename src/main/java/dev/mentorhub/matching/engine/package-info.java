/**
 * The matching algorithm as plain Java (no framework imports): {@link dev.mentorhub.matching.engine.Person} records
 * in, {@link dev.mentorhub.matching.engine.MatchResult} and {@link dev.mentorhub.matching.engine.Suggestion} out.
 * See docs/matching.md for the filters, formulas and default weights.
 */
package dev.mentorhub.matching.engine;
