-- Light mode: pages without any JavaScript or wasm, kept with the profile
-- like the interface language.
ALTER TABLE users ADD COLUMN light_mode BOOLEAN NOT NULL DEFAULT FALSE;
