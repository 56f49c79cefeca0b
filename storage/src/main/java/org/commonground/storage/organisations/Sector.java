package org.commonground.storage.organisations;

import java.util.Optional;

/** The kind of body a member works for; a different sector earns a pair a bonus in matching. */
public enum Sector {
  LOCAL_AUTHORITY("Local authority"),
  NHS_HEALTH("NHS / health"),
  VCFSE("Voluntary & community (VCFSE)"),
  HOUSING("Housing"),
  SOCIAL_ENTERPRISE("Social enterprise"),
  EDUCATION_RESEARCH("Education & research"),
  PRIVATE("Private"),
  OTHER("Other");

  private final String label;

  Sector(String label) {
    this.label = label;
  }

  /** How the sector is shown to people. */
  public String label() {
    return label;
  }

  /** The sector with this code, if the code is one. */
  public static Optional<Sector> fromCode(String code) {
    for (Sector sector : values()) {
      if (sector.name().equals(code)) {
        return Optional.of(sector);
      }
    }
    return Optional.empty();
  }
}
