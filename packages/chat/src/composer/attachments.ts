/**
 * Attachments in the composer: what an upload looks like, and the check against the session's limits
 * (files it refuses never leave the browser). The upload itself is in ./upload.ts, loaded when the
 * customer first attaches a file.
 */

export type UploadState = 'uploading' | 'scanning' | 'ready' | 'rejected';
export type UploadProblem = 'too_large' | 'type_not_allowed' | 'rejected' | 'failed';

export interface Upload {
  /** Local key (the file may be picked twice). */
  key: string;
  name: string;
  sizeBytes: number;
  /** 0…1 while uploading. */
  progress: number;
  state: UploadState;
  attachmentId?: string;
  problem?: UploadProblem;
}

export interface AttachmentLimits {
  maxBytes: number;
  allowedMimeTypes: string[];
  blockedExtensions: string[];
}

/** Why the limits refuse a file, or undefined when they allow it. */
export function refusal(file: { name: string; type: string; size: number }, limits: AttachmentLimits | undefined): UploadProblem | undefined {
  if (!limits) return undefined;
  if (file.size > limits.maxBytes) return 'too_large';
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  if (extension && limits.blockedExtensions.includes(extension)) return 'type_not_allowed';
  const allowed = limits.allowedMimeTypes;
  if (allowed.length && !allowed.some((t) => t === file.type || (t.endsWith('/*') && file.type.startsWith(t.slice(0, -1))))) return 'type_not_allowed';
  return undefined;
}
