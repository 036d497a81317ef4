-- Search-as-you-type over the member roster (issue: member roster). One row per organization (rowid = organization.id):
-- its name, and the names and e-mail addresses of its current (not archived) contacts.
-- The trigram tokenizer matches any substring of 3 or more characters and folds Unicode case (müller finds MÜLLER);
-- remove_diacritics=1 also lets "Montreal" find "Montréal". Shorter queries are answered by the application from
-- organization.name_key and contact.email_key (prefix matching), not from this table.
-- Kept current by the triggers below, so every writer (screens, import, CLI) updates it without knowing about it.
-- The name ends in _fts so that jOOQ's code generation skips it.

CREATE VIRTUAL TABLE member_search_fts USING fts5(name, people, tokenize = 'trigram remove_diacritics 1');

INSERT INTO member_search_fts (rowid, name, people)
SELECT o.id, o.name,
       (SELECT group_concat(c.full_name || ' ' || coalesce(c.email, ''), char(10))
          FROM contact c WHERE c.organization_id = o.id AND c.archived_at IS NULL)
  FROM organization o;

CREATE TRIGGER organization_search_ai AFTER INSERT ON organization
BEGIN
    INSERT INTO member_search_fts (rowid, name, people)
    VALUES (new.id, new.name,
            (SELECT group_concat(c.full_name || ' ' || coalesce(c.email, ''), char(10))
               FROM contact c WHERE c.organization_id = new.id AND c.archived_at IS NULL));
END;

CREATE TRIGGER organization_search_au AFTER UPDATE OF name ON organization
BEGIN
    UPDATE member_search_fts SET name = new.name WHERE rowid = new.id;
END;

CREATE TRIGGER organization_search_ad AFTER DELETE ON organization
BEGIN
    DELETE FROM member_search_fts WHERE rowid = old.id;
END;

CREATE TRIGGER contact_search_ai AFTER INSERT ON contact WHEN new.organization_id IS NOT NULL
BEGIN
    UPDATE member_search_fts
       SET people = (SELECT group_concat(c.full_name || ' ' || coalesce(c.email, ''), char(10))
                       FROM contact c WHERE c.organization_id = new.organization_id AND c.archived_at IS NULL)
     WHERE rowid = new.organization_id;
END;

-- A contact that moves to another organization changes the rows of both.
CREATE TRIGGER contact_search_au AFTER UPDATE OF full_name, email, organization_id, archived_at ON contact
BEGIN
    UPDATE member_search_fts
       SET people = (SELECT group_concat(c.full_name || ' ' || coalesce(c.email, ''), char(10))
                       FROM contact c WHERE c.organization_id = old.organization_id AND c.archived_at IS NULL)
     WHERE rowid = old.organization_id;
    UPDATE member_search_fts
       SET people = (SELECT group_concat(c.full_name || ' ' || coalesce(c.email, ''), char(10))
                       FROM contact c WHERE c.organization_id = new.organization_id AND c.archived_at IS NULL)
     WHERE rowid = new.organization_id AND new.organization_id IS NOT old.organization_id;
END;

CREATE TRIGGER contact_search_ad AFTER DELETE ON contact WHEN old.organization_id IS NOT NULL
BEGIN
    UPDATE member_search_fts
       SET people = (SELECT group_concat(c.full_name || ' ' || coalesce(c.email, ''), char(10))
                       FROM contact c WHERE c.organization_id = old.organization_id AND c.archived_at IS NULL)
     WHERE rowid = old.organization_id;
END;

-- The roster's rows read each organization's primary contact and its count of current contacts: covering indexes
-- answer both without visiting the contact rows (about half the cost of a 100,000-row roster).
CREATE INDEX contact_primary_by_org ON contact (organization_id, full_name, email)
    WHERE is_primary = 1 AND organization_id IS NOT NULL;
CREATE INDEX contact_current_by_org ON contact (organization_id) WHERE archived_at IS NULL;

-- Short (1-2 character) queries match the start of an organization's name_key (its UNIQUE index) or of a current
-- contact's e-mail address: this index answers the latter without visiting contact rows.
CREATE INDEX contact_email_search ON contact (email_key, organization_id) WHERE archived_at IS NULL;

-- For "distinct sectors" in the filter choices.
CREATE INDEX organization_sector ON organization (sector);
