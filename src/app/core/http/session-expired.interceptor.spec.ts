import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom } from 'rxjs';
import { staffUser } from '../../testing/fixtures';
import { HttpActions } from '../auth/state/auth.actions';
import { initialAuthState } from '../auth/state/auth.feature';
import { sessionExpiredInterceptor } from './session-expired.interceptor';

describe('sessionExpiredInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
        provideHttpClientTesting(),
        provideMockStore({ initialState: { auth: { ...initialAuthState, user: staffUser() } } }),
      ],
    });
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
  });

  afterEach(() => controller.verify());

  async function fail(status: number, code: string): Promise<unknown> {
    const request = firstValueFrom(http.get('/api/classes')).catch((error: unknown) => error);
    controller.expectOne('/api/classes').flush({ status, code }, { status, statusText: 'x' });
    return request;
  }

  it('reports an expired session on 401 unauthenticated and still passes the error on', async () => {
    const error = await fail(401, 'unauthenticated');
    expect(store.dispatch).toHaveBeenCalledOnceWith(HttpActions.sessionExpired());
    expect(error).toEqual(jasmine.objectContaining({ status: 401 }));
  });

  it('leaves a wrong password (401 invalid_credentials) to the sign-in form', async () => {
    await fail(401, 'invalid_credentials');
    expect(store.dispatch).not.toHaveBeenCalled();
  });

  it('ignores a 401 when nobody was signed in', async () => {
    store.setState({ auth: initialAuthState });
    await fail(401, 'unauthenticated');
    expect(store.dispatch).not.toHaveBeenCalled();
  });

  it('ignores other failures', async () => {
    await fail(403, 'forbidden');
    expect(store.dispatch).not.toHaveBeenCalled();
  });
});
