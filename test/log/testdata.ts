import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The peers' test vectors (transparency-dev, golang/mod, C2SP, tessera) live beside the repository
// in ../shared/testdata/merkle and are never copied into it (see its README for sources and licences).

const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const TESTDATA = join(REPO, '../shared/testdata/merkle');

function load<T>(file: string): T {
  const path = join(TESTDATA, file);
  if (!existsSync(path)) throw new Error(`test vectors missing: ${path} (the tlog vectors are read from ../shared/testdata/merkle beside the repository)`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export type InclusionProbe = {
  file: string;
  desc: string;
  leafIdx: number;
  treeSize: number;
  root_hex: string;
  leafHash_hex: string;
  proof_hex: string[];
  wantErr: boolean;
};
export type ConsistencyProbe = {
  file: string;
  desc: string;
  size1: number;
  size2: number;
  root1_hex: string;
  root2_hex: string;
  proof_hex: string[];
  wantErr: boolean;
};
export type NoteVector = { desc: string; vkeys: string[]; note: string; want: 'ok' | 'reject'; verified?: string[] };
export type VkeyVector = { vkey: string; name?: string; key_id_hex?: string; want: 'ok' | 'reject'; why?: string };
export type CheckpointLog = { name: string; vkey: string; origin: string; leaves_utf8: string[]; checkpoints: Record<string, string> };

export type Vectors = {
  hasher: { desc: string; kind: 'empty' | 'leaf' | 'node'; hash_hex: string; input_hex?: string; left_hex?: string; right_hex?: string }[];
  tree: { leaves_hex: string[]; roots_by_size_hex: string[]; node_hashes_hex: string[][] };
  inclusion_reference: { index: number; size: number; path_hex: string[] }[];
  consistency_reference: { size1: number; size2: number; path_hex: string[] }[];
  inclusion_probes: InclusionProbe[];
  consistency_probes: ConsistencyProbe[];
  ct_argon2020: {
    sth: { tree_size: number; root_hex: string };
    inclusion: { leaf_index: number; leaf_input_b64: string; audit_path_hex: string[] };
    consistency: { size1: number; root1_hex: string; proof_hex: string[] };
  };
  notes: NoteVector[];
  vkeys: VkeyVector[];
  checkpoint_logs: CheckpointLog[];
  tile_paths: { kind: 'tile' | 'entries'; level?: number; index: string; width: number; path: string }[];
  entries_for_log_index: { index: string; log_size: string; path: string }[];
  tile_path_parse: { level: string; index: string; wantLevel?: number; wantIndex?: string; wantWidth?: number; wantErr: boolean }[];
  tile_sets: { size: number; levels: { level: number; full: number; partial: number }[] }[];
};

export type TesseraLog = {
  vkey: string;
  origin: string;
  test_private_key: string;
  leaves_utf8: string[];
  checkpoints: Record<string, string>;
  files: Record<string, string>;
};

export const loadVectors = (): Vectors => load<Vectors>('vectors.json');
export const loadTesseraLog = (): TesseraLog => load<TesseraLog>('tessera-testdata-log.json');
