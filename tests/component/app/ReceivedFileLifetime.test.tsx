import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { ReceivedFileLifetime } from '../../../src/app/ReceivedFileLifetime';
import type { ReceivedFile } from '../../../src/state/receivedFile';
import { openReceivedFile, useReceivedFile } from '../../../src/state/receivedFile';

const file = { fileName: 'relu.fabrik.json' } as ReceivedFile;

describe('ReceivedFileLifetime', () => {
  it('keeps a flagged file while /received is shown, and lets it go when the user leaves', () => {
    // given the catalogue, where the file is opened read-only, then shown
    const location = memoryLocation({ path: '/', record: true });
    render(
      <Router hook={location.hook}>
        <ReceivedFileLifetime />
      </Router>,
    );
    act(() => {
      openReceivedFile(file);
      location.navigate('/received');
    });
    expect(useReceivedFile.getState().file).toBe(file);
    // when the user goes back to the catalogue
    act(() => location.navigate('/'));
    // then the file is gone from memory
    expect(useReceivedFile.getState().file).toBeUndefined();
  });

  it('keeps it when it is opened just before going there, even if a render comes between', () => {
    const location = memoryLocation({ path: '/' });
    render(
      <Router hook={location.hook}>
        <ReceivedFileLifetime />
      </Router>,
    );
    act(() => openReceivedFile(file));
    act(() => location.navigate('/received'));
    expect(useReceivedFile.getState().file).toBe(file);
    act(() => location.navigate('/p/x/form'));
    expect(useReceivedFile.getState().file).toBeUndefined();
  });
});
