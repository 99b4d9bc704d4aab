import { join } from 'node:path';
import type { ChunkSpec, FileRoot, ScanFiles } from '../../services/scan-ports.js';
import { scanChunkInThread } from './chunk-thread.js';
import { listDatasets, removeUpload, resolveInside, saveUpload } from './dataset-files.js';
import { planChunks } from './plan-chunks.js';
import { scanChunkAt } from './scan-chunk.js';

export type ScanFilesOptions = {
  /** The datasets root: one folder per processor, named by its slug. */
  readonly datasetsDir: string;
  /** Where uploads are kept while their scan runs (in the data folder). */
  readonly uploadsDir: string;
  /** Scan each chunk in a worker thread (the server and `pisa worker`); false runs it on the calling thread (tests). */
  readonly offThread: boolean;
};

/** The files side of server scans over two folders: the datasets root and the uploads folder. */
export function createScanFiles(options: ScanFilesOptions): ScanFiles {
  const dirOf = (root: FileRoot) => (root.root === 'datasets' ? options.datasetsDir : options.uploadsDir);
  const scan = options.offThread ? scanChunkInThread : scanChunkAt;
  return {
    listDatasets: (base) => listDatasets(options.datasetsDir, base),
    async checkDataset(base, path) {
      await resolveInside(options.datasetsDir, base, path);
    },
    saveUpload: (base, name, body, limit) => saveUpload(options.uploadsDir, base, name, body, limit),
    removeUpload: (base) => removeUpload(options.uploadsDir, base),
    async plan(root, path, chunkBytes) {
      const { baseDir, target } = await resolveInside(dirOf(root), root.base, path);
      return planChunks(baseDir, target, chunkBytes);
    },
    async scanChunk(root, chunk: ChunkSpec) {
      // Checked again where the bytes are read: the folder may have changed since the plan.
      const { target } = await resolveInside(dirOf(root), root.base, chunk.path);
      return scan(target, chunk);
    },
  };
}

/** The uploads folder inside a data folder. */
export const uploadsDirOf = (dataDir: string): string => join(dataDir, 'scan-uploads');
