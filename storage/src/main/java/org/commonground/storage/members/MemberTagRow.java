package org.commonground.storage.members;

import org.commonground.storage.tags.TagKind;

/** One link between a member and a tag. */
public record MemberTagRow(long memberId, TagKind kind, int tagId) {}
