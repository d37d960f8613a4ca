package org.talkstracker.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An editor or administrator who signs in; the password is kept only as a hash. */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	/** The name readers see on this editor's releases. */
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private Instant createdAt;

	private Instant passwordChangedAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String displayName, String passwordHash, Role role, Instant now) {
		this.username = normalise(username);
		this.displayName = (displayName != null && !displayName.isBlank()) ? displayName.strip() : this.username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	/** Usernames are compared in lower case, so "Anna" signs in to the account "anna". */
	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : null;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	void rename(String displayName) {
		this.displayName = displayName.strip();
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
