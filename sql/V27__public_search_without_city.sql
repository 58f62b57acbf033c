-- Issue #22, finding 8: the public name search no longer narrows by the holder's city (anyone could try cities until
-- one answered), so the folded city kept for it goes.
ALTER TABLE certificate DROP COLUMN city_key;
