-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('news_agency', 'government', 'un_ngo', 'research', 'outlet_own', 'other');

-- CreateTable
CREATE TABLE "source" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL DEFAULT 'other',
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "merged_into_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citation" (
    "observation_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "source_id" UUID NOT NULL,
    "is_confirmed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "citation_pkey" PRIMARY KEY ("observation_id","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "source_slug_key" ON "source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "source_name_key" ON "source"("name");

-- CreateIndex
CREATE INDEX "citation_source_id_idx" ON "citation"("source_id");

-- AddForeignKey
ALTER TABLE "source" ADD CONSTRAINT "source_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_observation_id_fkey" FOREIGN KEY ("observation_id") REFERENCES "observation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the shipped directory (lib/sources/directory.ts), each row with its revision.
INSERT INTO "source" ("slug", "name", "kind", "aliases", "domains") VALUES
  ('associated-press', 'Associated Press', 'news_agency', ARRAY['AP', 'Associated Press', 'The Associated Press', 'an AP tally', 'AP count', 'la AP', 'agencia AP']::text[], ARRAY['apnews.com', 'ap.org']::text[]),
  ('reuters', 'Reuters', 'news_agency', ARRAY['Reuters', 'Thomson Reuters', 'Reuters tally', 'a Reuters count', 'agencia Reuters']::text[], ARRAY['reuters.com']::text[]),
  ('afp', 'AFP', 'news_agency', ARRAY['AFP', 'Agence France-Presse', 'Agence France Presse', 'AFP tallies', 'an AFP count', 'según la AFP', 'agencia AFP', 'France-Presse']::text[], ARRAY['afp.com']::text[]),
  ('efe', 'EFE', 'news_agency', ARRAY['EFE', 'Agencia EFE', 'según EFE', 'la agencia EFE']::text[], ARRAY['efe.com', 'agenciaefe.com']::text[]),
  ('bloomberg', 'Bloomberg', 'news_agency', ARRAY['Bloomberg', 'Bloomberg News', 'Bloomberg Línea']::text[], ARRAY['bloomberg.com']::text[]),
  ('bbc', 'BBC', 'outlet_own', ARRAY['BBC', 'BBC News', 'BBC Mundo', 'British Broadcasting Corporation']::text[], ARRAY['bbc.com', 'bbc.co.uk']::text[]),
  ('el-tiempo', 'El Tiempo', 'outlet_own', ARRAY['El Tiempo', 'diario El Tiempo', 'El Tiempo newspaper']::text[], ARRAY['eltiempo.com']::text[]),
  ('semana', 'Semana', 'outlet_own', ARRAY['Semana', 'revista Semana', 'Semana magazine']::text[], ARRAY['semana.com']::text[]),
  ('el-espectador', 'El Espectador', 'outlet_own', ARRAY['El Espectador', 'diario El Espectador']::text[], ARRAY['elespectador.com']::text[]),
  ('unodc', 'UNODC', 'un_ngo', ARRAY['UNODC', 'UN Office on Drugs and Crime', 'United Nations Office on Drugs and Crime', 'UN drugs agency', 'UN drug agency', 'Oficina de las Naciones Unidas contra la Droga y el Delito', 'ONUDD']::text[], ARRAY['unodc.org']::text[]),
  ('us-government', 'US government', 'government', ARRAY['US government', 'US authorities', 'US administration', 'the US administration', 'US figures', 'US officials', 'US data', 'Washington', 'White House', 'Trump administration', 'President Trump', 'Donald Trump', 'US Treasury', 'US Treasury Department', 'Treasury Department', 'State Department', 'US State Department', 'United States government', 'American officials', 'EE.UU.', 'EEUU', 'Estados Unidos', 'el Gobierno de Estados Unidos', 'Gobierno estadounidense', 'autoridades estadounidenses', 'autoridades de Estados Unidos', 'la Casa Blanca', 'Casa Blanca', 'Departamento del Tesoro', 'Departamento de Estado']::text[], ARRAY['whitehouse.gov', 'state.gov', 'treasury.gov', 'usa.gov']::text[]),
  ('us-military', 'US military', 'government', ARRAY['US military', 'Pentagon', 'the Pentagon', 'SOUTHCOM', 'US Southern Command', 'Southern Command', 'Department of Defense', 'Department of War', 'US Defense Department', 'Defense Secretary', 'War Secretary', 'Pete Hegseth', 'Hegseth', 'US Navy', 'US forces', 'Ejército de Estados Unidos', 'ejército estadounidense', 'fuerzas estadounidenses', 'militares estadounidenses', 'el Pentágono', 'Pentágono', 'Comando Sur', 'Departamento de Defensa de Estados Unidos', 'Departamento de Guerra']::text[], ARRAY['defense.gov', 'war.gov', 'southcom.mil', 'army.mil', 'navy.mil']::text[]),
  ('colombian-government', 'Colombian government', 'government', ARRAY['Colombian government', 'Colombia''s government', 'government of Colombia', 'Colombian authorities', 'Colombian officials', 'Bogota', 'Bogotá', 'Gustavo Petro', 'President Petro', 'Petro''s government', 'Petro administration', 'Gobierno de Colombia', 'Gobierno colombiano', 'el Gobierno nacional', 'autoridades colombianas', 'Presidencia de la República', 'presidente Petro', 'Cancillería']::text[], ARRAY['presidencia.gov.co', 'gov.co', 'cancilleria.gov.co']::text[]),
  ('colombian-defence-ministry', 'Colombian defence ministry', 'government', ARRAY['Colombian defence ministry', 'Colombian defense ministry', 'Colombia''s defence ministry', 'Colombia''s defense ministry', 'Colombian military', 'Colombian armed forces', 'Colombian army', 'Colombian navy', 'Colombian police', 'Ministerio de Defensa', 'Ministerio de Defensa Nacional', 'MinDefensa', 'Mindefensa', 'Fuerzas Militares', 'Fuerzas Militares de Colombia', 'Ejército Nacional', 'Ejército de Colombia', 'Armada de Colombia', 'Policía Nacional', 'ministro de Defensa']::text[], ARRAY['mindefensa.gov.co', 'cgfm.mil.co', 'ejercito.mil.co', 'armada.mil.co', 'policia.gov.co']::text[]);
INSERT INTO "revision" ("entity_type", "entity_id", "action", "after", "actor")
SELECT 'source', s.id::text, 'create',
       jsonb_build_object('id', s.id, 'slug', s.slug, 'name', s.name, 'kind', s.kind, 'aliases', to_jsonb(s.aliases), 'domains', to_jsonb(s.domains)),
       'migration sources'
  FROM "source" s;

-- Hand-written: existing cited_sources strings linked to the directory, the text kept as written.
-- The same rule as lib/sources/resolve-source.ts: the longest alias found inside the text, as
-- whole words, after normalising (lib/sources/normalize.ts: lower case, no accents, no dots,
-- other punctuation as spaces). The aliases below are normalised already.
CREATE TEMPORARY TABLE source_alias (slug text, alias text, words int, len int, ord int) ON COMMIT DROP;
INSERT INTO source_alias VALUES
  ('associated-press', 'associated press', 2, 16, 0),
  ('associated-press', 'ap', 1, 2, 0),
  ('associated-press', 'the associated press', 3, 20, 0),
  ('associated-press', 'an ap tally', 3, 11, 0),
  ('associated-press', 'ap count', 2, 8, 0),
  ('associated-press', 'la ap', 2, 5, 0),
  ('associated-press', 'agencia ap', 2, 10, 0),
  ('reuters', 'reuters', 1, 7, 1),
  ('reuters', 'thomson reuters', 2, 15, 1),
  ('reuters', 'reuters tally', 2, 13, 1),
  ('reuters', 'a reuters count', 3, 15, 1),
  ('reuters', 'agencia reuters', 2, 15, 1),
  ('afp', 'afp', 1, 3, 2),
  ('afp', 'agence france presse', 3, 20, 2),
  ('afp', 'afp tallies', 2, 11, 2),
  ('afp', 'an afp count', 3, 12, 2),
  ('afp', 'segun la afp', 3, 12, 2),
  ('afp', 'agencia afp', 2, 11, 2),
  ('afp', 'france presse', 2, 13, 2),
  ('efe', 'efe', 1, 3, 3),
  ('efe', 'agencia efe', 2, 11, 3),
  ('efe', 'segun efe', 2, 9, 3),
  ('efe', 'la agencia efe', 3, 14, 3),
  ('bloomberg', 'bloomberg', 1, 9, 4),
  ('bloomberg', 'bloomberg news', 2, 14, 4),
  ('bloomberg', 'bloomberg linea', 2, 15, 4),
  ('bbc', 'bbc', 1, 3, 5),
  ('bbc', 'bbc news', 2, 8, 5),
  ('bbc', 'bbc mundo', 2, 9, 5),
  ('bbc', 'british broadcasting corporation', 3, 32, 5),
  ('el-tiempo', 'el tiempo', 2, 9, 6),
  ('el-tiempo', 'diario el tiempo', 3, 16, 6),
  ('el-tiempo', 'el tiempo newspaper', 3, 19, 6),
  ('semana', 'semana', 1, 6, 7),
  ('semana', 'revista semana', 2, 14, 7),
  ('semana', 'semana magazine', 2, 15, 7),
  ('el-espectador', 'el espectador', 2, 13, 8),
  ('el-espectador', 'diario el espectador', 3, 20, 8),
  ('unodc', 'unodc', 1, 5, 9),
  ('unodc', 'un office on drugs and crime', 6, 28, 9),
  ('unodc', 'united nations office on drugs and crime', 7, 40, 9),
  ('unodc', 'un drugs agency', 3, 15, 9),
  ('unodc', 'un drug agency', 3, 14, 9),
  ('unodc', 'oficina de las naciones unidas contra la droga y el delito', 11, 58, 9),
  ('unodc', 'onudd', 1, 5, 9),
  ('us-government', 'us government', 2, 13, 10),
  ('us-government', 'us authorities', 2, 14, 10),
  ('us-government', 'us administration', 2, 17, 10),
  ('us-government', 'the us administration', 3, 21, 10),
  ('us-government', 'us figures', 2, 10, 10),
  ('us-government', 'us officials', 2, 12, 10),
  ('us-government', 'us data', 2, 7, 10),
  ('us-government', 'washington', 1, 10, 10),
  ('us-government', 'white house', 2, 11, 10),
  ('us-government', 'trump administration', 2, 20, 10),
  ('us-government', 'president trump', 2, 15, 10),
  ('us-government', 'donald trump', 2, 12, 10),
  ('us-government', 'us treasury', 2, 11, 10),
  ('us-government', 'us treasury department', 3, 22, 10),
  ('us-government', 'treasury department', 2, 19, 10),
  ('us-government', 'state department', 2, 16, 10),
  ('us-government', 'us state department', 3, 19, 10),
  ('us-government', 'united states government', 3, 24, 10),
  ('us-government', 'american officials', 2, 18, 10),
  ('us-government', 'eeuu', 1, 4, 10),
  ('us-government', 'estados unidos', 2, 14, 10),
  ('us-government', 'el gobierno de estados unidos', 5, 29, 10),
  ('us-government', 'gobierno estadounidense', 2, 23, 10),
  ('us-government', 'autoridades estadounidenses', 2, 27, 10),
  ('us-government', 'autoridades de estados unidos', 4, 29, 10),
  ('us-government', 'la casa blanca', 3, 14, 10),
  ('us-government', 'casa blanca', 2, 11, 10),
  ('us-government', 'departamento del tesoro', 3, 23, 10),
  ('us-government', 'departamento de estado', 3, 22, 10),
  ('us-military', 'us military', 2, 11, 11),
  ('us-military', 'pentagon', 1, 8, 11),
  ('us-military', 'the pentagon', 2, 12, 11),
  ('us-military', 'southcom', 1, 8, 11),
  ('us-military', 'us southern command', 3, 19, 11),
  ('us-military', 'southern command', 2, 16, 11),
  ('us-military', 'department of defense', 3, 21, 11),
  ('us-military', 'department of war', 3, 17, 11),
  ('us-military', 'us defense department', 3, 21, 11),
  ('us-military', 'defense secretary', 2, 17, 11),
  ('us-military', 'war secretary', 2, 13, 11),
  ('us-military', 'pete hegseth', 2, 12, 11),
  ('us-military', 'hegseth', 1, 7, 11),
  ('us-military', 'us navy', 2, 7, 11),
  ('us-military', 'us forces', 2, 9, 11),
  ('us-military', 'ejercito de estados unidos', 4, 26, 11),
  ('us-military', 'ejercito estadounidense', 2, 23, 11),
  ('us-military', 'fuerzas estadounidenses', 2, 23, 11),
  ('us-military', 'militares estadounidenses', 2, 25, 11),
  ('us-military', 'el pentagono', 2, 12, 11),
  ('us-military', 'pentagono', 1, 9, 11),
  ('us-military', 'comando sur', 2, 11, 11),
  ('us-military', 'departamento de defensa de estados unidos', 6, 41, 11),
  ('us-military', 'departamento de guerra', 3, 22, 11),
  ('colombian-government', 'colombian government', 2, 20, 12),
  ('colombian-government', 'colombias government', 2, 20, 12),
  ('colombian-government', 'government of colombia', 3, 22, 12),
  ('colombian-government', 'colombian authorities', 2, 21, 12),
  ('colombian-government', 'colombian officials', 2, 19, 12),
  ('colombian-government', 'bogota', 1, 6, 12),
  ('colombian-government', 'gustavo petro', 2, 13, 12),
  ('colombian-government', 'president petro', 2, 15, 12),
  ('colombian-government', 'petros government', 2, 17, 12),
  ('colombian-government', 'petro administration', 2, 20, 12),
  ('colombian-government', 'gobierno de colombia', 3, 20, 12),
  ('colombian-government', 'gobierno colombiano', 2, 19, 12),
  ('colombian-government', 'el gobierno nacional', 3, 20, 12),
  ('colombian-government', 'autoridades colombianas', 2, 23, 12),
  ('colombian-government', 'presidencia de la republica', 4, 27, 12),
  ('colombian-government', 'presidente petro', 2, 16, 12),
  ('colombian-government', 'cancilleria', 1, 11, 12),
  ('colombian-defence-ministry', 'colombian defence ministry', 3, 26, 13),
  ('colombian-defence-ministry', 'colombian defense ministry', 3, 26, 13),
  ('colombian-defence-ministry', 'colombias defence ministry', 3, 26, 13),
  ('colombian-defence-ministry', 'colombias defense ministry', 3, 26, 13),
  ('colombian-defence-ministry', 'colombian military', 2, 18, 13),
  ('colombian-defence-ministry', 'colombian armed forces', 3, 22, 13),
  ('colombian-defence-ministry', 'colombian army', 2, 14, 13),
  ('colombian-defence-ministry', 'colombian navy', 2, 14, 13),
  ('colombian-defence-ministry', 'colombian police', 2, 16, 13),
  ('colombian-defence-ministry', 'ministerio de defensa', 3, 21, 13),
  ('colombian-defence-ministry', 'ministerio de defensa nacional', 4, 30, 13),
  ('colombian-defence-ministry', 'mindefensa', 1, 10, 13),
  ('colombian-defence-ministry', 'fuerzas militares', 2, 17, 13),
  ('colombian-defence-ministry', 'fuerzas militares de colombia', 4, 29, 13),
  ('colombian-defence-ministry', 'ejercito nacional', 2, 17, 13),
  ('colombian-defence-ministry', 'ejercito de colombia', 3, 20, 13),
  ('colombian-defence-ministry', 'armada de colombia', 3, 18, 13),
  ('colombian-defence-ministry', 'policia nacional', 2, 16, 13),
  ('colombian-defence-ministry', 'ministro de defensa', 3, 19, 13);

CREATE TEMPORARY TABLE cited_step ON COMMIT DROP AS
SELECT o.id AS observation_id, (c.i - 1)::int AS position,
       ' ' || btrim(regexp_replace(regexp_replace(replace(lower(translate(c.text,
         'ÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇáàâäãéèêëíìîïóòôöõúùûüñç', 'AAAAAEEEEIIIIOOOOOUUUUNCaaaaaeeeeiiiiooooouuuunc')), '.', ''),
         '[''’]s\M', 's', 'g'), '[^[:alnum:]]+', ' ', 'g')) || ' ' AS norm
  FROM "observation" o, unnest(o.cited_sources) WITH ORDINALITY c(text, i);

INSERT INTO "citation" ("observation_id", "position", "source_id", "is_confirmed")
SELECT DISTINCT ON (cs.observation_id, cs.position) cs.observation_id, cs.position, s.id, false
  FROM cited_step cs
  JOIN source_alias a ON cs.norm LIKE '% ' || a.alias || ' %'
  JOIN "source" s ON s.slug = a.slug
 ORDER BY cs.observation_id, cs.position, a.words DESC, a.len DESC, a.ord;

INSERT INTO "revision" ("entity_type", "entity_id", "action", "after", "actor", "reason")
SELECT 'citation', o.id::text, 'create',
       jsonb_build_object('citedSources', to_jsonb(o.cited_sources), 'links',
         (SELECT jsonb_agg(jsonb_build_object('position', c.position, 'sourceId', c.source_id, 'source', s.name, 'isConfirmed', c.is_confirmed) ORDER BY c.position)
            FROM "citation" c JOIN "source" s ON s.id = c.source_id WHERE c.observation_id = o.id)),
       'migration sources', 'cited text linked to the shipped source directory'
  FROM "observation" o
 WHERE EXISTS (SELECT 1 FROM "citation" c WHERE c.observation_id = o.id);
