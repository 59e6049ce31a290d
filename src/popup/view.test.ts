import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { renderPopup, type PopupActions } from './view';

const t = (key: string) => `[${key}]`;

function popupRoot(): HTMLElement {
  const doc = new Window().document as unknown as Document;
  const root = doc.createElement('div');
  doc.body.append(root);
  return root;
}

describe('the popup’s waiting states', () => {
  it('a woken page that did not answer: a plain message and a retry that wakes it again', () => {
    const root = popupRoot();
    const actions: PopupActions = { analyse: vi.fn(), setHighlights: vi.fn(), jump: vi.fn(), retry: vi.fn() };
    renderPopup(root, { kind: 'silent' }, t, actions);
    expect(root.querySelector('[data-state="silent"]')?.textContent).toBe('[popupNoAnswer]');
    expect(root.getAttribute('aria-busy')).toBe('false');
    const retry = root.querySelector('button')!;
    expect(retry.textContent).toBe('[popupRetry]');
    retry.click();
    expect(actions.retry).toHaveBeenCalledOnce();
    expect(actions.analyse).not.toHaveBeenCalled();
  });

  it('checking, and a page still loading, are busy and offer nothing to click (counterexamples)', () => {
    const root = popupRoot();
    const actions: PopupActions = { analyse: vi.fn(), setHighlights: vi.fn(), jump: vi.fn(), retry: vi.fn() };
    renderPopup(root, { kind: 'loading' }, t, actions);
    expect(root.textContent).toBe('[popupLoading]');
    expect(root.getAttribute('aria-busy')).toBe('true');
    renderPopup(root, { kind: 'loading', pageLoading: true }, t, actions);
    expect(root.textContent).toBe('[popupPageLoading]');
    expect(root.querySelector('button')).toBeNull();
  });
});
