/**
 * The weekly matching engine of Common Ground: from eligible participants, their challenge, offer
 * and ask tags and the recent match history, it forms mutual pairs between different organisations
 * that maximise a total relevance score while respecting everyone's cap.
 *
 * <p>Start at {@link org.commonground.matching.MatchingEngine}. The package has no runtime
 * dependencies, touches neither Slack nor a database, and is deterministic for the same input and
 * week seed.
 */
package org.commonground.matching;
