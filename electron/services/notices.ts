import type { Notice } from '../../shared/domain/notice';
import type { Clock } from './clock';
import type { Emit } from './events';

export type NoticeInput = Omit<Notice, 'id' | 'at'> & { key?: string };

/** Things the user must be told (recovered files, unsaved changes), until dismissed. */
export class NoticeBoard {
  private notices: Notice[] = [];
  private count = 0;

  constructor(
    private readonly clock: Clock,
    private readonly emit: Emit,
  ) {}

  list(): Notice[] {
    return [...this.notices];
  }

  /** Adds a notice; a notice with the same key replaces the earlier one instead of piling up. */
  post(notice: NoticeInput): Notice {
    const id = notice.key ?? `notice-${++this.count}`;
    const full: Notice = { id, level: notice.level, title: notice.title, detail: notice.detail, at: this.clock.now().toISOString() };
    this.notices = [...this.notices.filter((n) => n.id !== id), full];
    this.emit('notices.changed', this.list());
    return full;
  }

  adopt(notices: readonly Notice[]): void {
    if (notices.length === 0) return;
    this.notices = [...this.notices, ...notices];
    this.emit('notices.changed', this.list());
  }

  dismiss(id: string): Notice[] {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.emit('notices.changed', this.list());
    return this.list();
  }
}
