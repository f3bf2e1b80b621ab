
import {ReflexEvent,applyEventActions,isNotNullOrUndefined,isTrue,mergeSlotProps,pyOr,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Card as RadixThemesCard,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Select as RadixThemesSelect,Strong as RadixThemesStrong,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {addEvents} from "$/utils/context"
import DebounceInput from "react-debounce-input"








export const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_841c3b03 = /*#__PURE__*/ (() => {
const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_841c3b03 = memo(({children, ...rest}) => {
    const ref_notifications_bell = useRef(null); refs["ref_notifications_bell"] = ref_notifications_bell;
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"notifications-bell", ref:ref_notifications_bell, weight:"medium" }))},jsx(ReactRouterLink,{to:"/notifications"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideBell,{"aria-hidden":"true",size:18},),jsx(RadixThemesText,{as:"p"},"Notifications"),jsx(Fragment,{},((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",radius:"full",variant:"solid"},reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_,jsx("span",{className:"visually-hidden"}," unread")))):(jsx(Fragment,{},)))))))
    )
});
Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_841c3b03.displayName = "Link";
return Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_841c3b03;
})();

export const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_841c3b03 = /*#__PURE__*/ (() => {
const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_841c3b03.displayName = "Cond";
return Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_841c3b03;
})();

export const Link_link_c0adc0395a095cb4459cd39e3696de83_841c3b03 = /*#__PURE__*/ (() => {
const Link_link_c0adc0395a095cb4459cd39e3696de83_841c3b03 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, className:"user", css:({ ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "var(--space-1)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"/account"},jsx(LucideCircleUser,{"aria-hidden":"true",size:16},),jsx("span",{className:"visually-hidden"},"Your account: "),reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_))
    )
});
Link_link_c0adc0395a095cb4459cd39e3696de83_841c3b03.displayName = "Link";
return Link_link_c0adc0395a095cb4459cd39e3696de83_841c3b03;
})();

export const Button_button_f7a4668df5bbe5eee84f92f12b92c363_841c3b03 = /*#__PURE__*/ (() => {
const Button_button_f7a4668df5bbe5eee84f92f12b92c363_841c3b03 = memo(({children, ...rest}) => {
    const on_click_b2a06169250cebfd0c5e2ee6aca1f6ae = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b2a06169250cebfd0c5e2ee6aca1f6ae, size:"2", variant:"soft" }))},children)
    )
});
Button_button_f7a4668df5bbe5eee84f92f12b92c363_841c3b03.displayName = "Button";
return Button_button_f7a4668df5bbe5eee84f92f12b92c363_841c3b03;
})();

export const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_841c3b03 = /*#__PURE__*/ (() => {
const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_841c3b03.displayName = "Cond";
return Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_841c3b03;
})();

export const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_841c3b03 = /*#__PURE__*/ (() => {
const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_841c3b03 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_message_rx_state_
    )
});
Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_841c3b03.displayName = "Bare";
return Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_841c3b03;
})();

export const Link_link_69f3d661ef27b7b2ec3ad718297cec17_841c3b03 = /*#__PURE__*/ (() => {
const Link_link_69f3d661ef27b7b2ec3ad718297cec17_841c3b03 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_url_rx_state_},"Open session"))
    )
});
Link_link_69f3d661ef27b7b2ec3ad718297cec17_841c3b03.displayName = "Link";
return Link_link_69f3d661ef27b7b2ec3ad718297cec17_841c3b03;
})();

export const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_841c3b03 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_841c3b03 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", css:({ ["padding"] : "6px" }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_841c3b03.displayName = "IconButton";
return Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_841c3b03;
})();

export const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_841c3b03 = /*#__PURE__*/ (() => {
const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_841c3b03 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
const reflex___state____state__myecoach___state___live____live_toast = useStateContext("reflex___state____state.myecoach___state___live____live_toast")
    return(
        ((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_id_rx_state_ > reflex___state____state__myecoach___state___live____live_toast.seen_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_841c3b03.displayName = "Cond";
return Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_841c3b03;
})();

export const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_841c3b03 = /*#__PURE__*/ (() => {
const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_841c3b03 = memo(({children}) => {
    
                useEffect(() => {
                    ((...args) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("You have been signed out."))), ["callback"] : null }), ({  })))], args, ({  })));(addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/sign-in", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], args, ({  })));})()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(Fragment,{},)
    )
});
Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_841c3b03.displayName = "Fragment";
return Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_841c3b03;
})();

export const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_841c3b03 = /*#__PURE__*/ (() => {
const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_841c3b03 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        (reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.ended_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_841c3b03.displayName = "Cond";
return Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_841c3b03;
})();

export const Debounceinput_debounceinput_95246296a6818d8ad466074fe411312f_841c3b03 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_95246296a6818d8ad466074fe411312f_841c3b03 = memo(({children, ...rest}) => {
    const on_change_b5a8b1401b770cedb20a5b30f6676502 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state.set_query", ({ ["query"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 250 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ "aria-label":"Search relationships", css:({ ["flexGrow"] : "1", ["minWidth"] : "14rem" }), debounceTimeout:300, element:RadixThemesTextField.Root, onChange:on_change_b5a8b1401b770cedb20a5b30f6676502, placeholder:"Programme, name or email", size:"3", type:"search", value:(isNotNullOrUndefined(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.query_rx_state_) ? reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.query_rx_state_ : "") }), "inputRef")},children)
    )
});
Debounceinput_debounceinput_95246296a6818d8ad466074fe411312f_841c3b03.displayName = "DebounceInput";
return Debounceinput_debounceinput_95246296a6818d8ad466074fe411312f_841c3b03;
})();

export const Selectroot_select__root_004b1377792ede43c8349830e4381ce6_841c3b03 = /*#__PURE__*/ (() => {
const Selectroot_select__root_004b1377792ede43c8349830e4381ce6_841c3b03 = memo(({children, ...rest}) => {
    const on_change_60a22e833a64929bb245ab7aca58e9a2 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state.set_status", ({ ["status"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_60a22e833a64929bb245ab7aca58e9a2, size:"3", value:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.status_rx_state_ }))},children)
    )
});
Selectroot_select__root_004b1377792ede43c8349830e4381ce6_841c3b03.displayName = "SelectRoot";
return Selectroot_select__root_004b1377792ede43c8349830e4381ce6_841c3b03;
})();

export const Bare_comp_73e1caa35bbccec702335ef16999a511_841c3b03 = /*#__PURE__*/ (() => {
const Bare_comp_73e1caa35bbccec702335ef16999a511_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.total_rx_state_
    )
});
Bare_comp_73e1caa35bbccec702335ef16999a511_841c3b03.displayName = "Bare";
return Bare_comp_73e1caa35bbccec702335ef16999a511_841c3b03;
})();

export const Foreach_comp_f4d325c2a56d39bac919e652805229be_841c3b03 = /*#__PURE__*/ (() => {
const Foreach_comp_f4d325c2a56d39bac919e652805229be_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        Array.prototype.map.call(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.rows_rx_state_ ?? [],((row_rx_state_,index_e0cd7efeb23f1e951022d58621b0edfa)=>(jsx(RadixThemesCard,{className:"relationship-row",css:({ ["width"] : "100%" }),key:index_e0cd7efeb23f1e951022d58621b0edfa},jsx(RadixThemesFlex,{align:"center",justify:"between",gap:"3",wrap:"wrap"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["flexGrow"] : "1" }),direction:"column",gap:"1"},jsx(RadixThemesHeading,{as:"h2",size:"4"},row_rx_state_?.["programme"]),jsx(RadixThemesText,{as:"p",size:"2"},row_rx_state_?.["people"]),jsx(RadixThemesText,{as:"p",color:"gray",size:"2"},jsx(RadixThemesStrong,{},"Next session: "),row_rx_state_?.["next_session"])),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesBadge,{variant:"outline"},row_rx_state_?.["kind"]),jsx(Fragment,{},(row_rx_state_?.["closed"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"gray"},"Closed"))):(jsx(Fragment,{},)))),jsx(RadixThemesButton,{asChild:true,size:"2"},jsx(RadixThemesLink,{"aria-label":row_rx_state_?.["label"],asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:row_rx_state_?.["url"]},"View")))))))))
    )
});
Foreach_comp_f4d325c2a56d39bac919e652805229be_841c3b03.displayName = "Foreach";
return Foreach_comp_f4d325c2a56d39bac919e652805229be_841c3b03;
})();

export const Button_button_63411e02a7ad01e021fd74dd35b98ae9_841c3b03 = /*#__PURE__*/ (() => {
const Button_button_63411e02a7ad01e021fd74dd35b98ae9_841c3b03 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
const on_click_b9fbe527b3a77b684f50f8f0ab2c1dd4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state.go_to_page", ({ ["page"] : (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.page_rx_state_ <= 1), onClick:on_click_b9fbe527b3a77b684f50f8f0ab2c1dd4, variant:"soft" }))},children)
    )
});
Button_button_63411e02a7ad01e021fd74dd35b98ae9_841c3b03.displayName = "Button";
return Button_button_63411e02a7ad01e021fd74dd35b98ae9_841c3b03;
})();

export const Bare_comp_0f4892a0e20ff0806f650e58b15c1756_841c3b03 = /*#__PURE__*/ (() => {
const Bare_comp_0f4892a0e20ff0806f650e58b15c1756_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.page_rx_state_
    )
});
Bare_comp_0f4892a0e20ff0806f650e58b15c1756_841c3b03.displayName = "Bare";
return Bare_comp_0f4892a0e20ff0806f650e58b15c1756_841c3b03;
})();

export const Bare_comp_291041912ccfedcf369c697eb49b26d3_841c3b03 = /*#__PURE__*/ (() => {
const Bare_comp_291041912ccfedcf369c697eb49b26d3_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.pages_rx_state_
    )
});
Bare_comp_291041912ccfedcf369c697eb49b26d3_841c3b03.displayName = "Bare";
return Bare_comp_291041912ccfedcf369c697eb49b26d3_841c3b03;
})();

export const Button_button_2ce51455dfe18fe6cf0ce1aea9101259_841c3b03 = /*#__PURE__*/ (() => {
const Button_button_2ce51455dfe18fe6cf0ce1aea9101259_841c3b03 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
const on_click_f349b02da32b35bd54dc2d426bf31a40 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state.go_to_page", ({ ["page"] : (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.page_rx_state_ >= reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.pages_rx_state_), onClick:on_click_f349b02da32b35bd54dc2d426bf31a40, variant:"soft" }))},children)
    )
});
Button_button_2ce51455dfe18fe6cf0ce1aea9101259_841c3b03.displayName = "Button";
return Button_button_2ce51455dfe18fe6cf0ce1aea9101259_841c3b03;
})();

export const Cond_comp_7dd782692aab06002baec18dad84d2bc_841c3b03 = /*#__PURE__*/ (() => {
const Cond_comp_7dd782692aab06002baec18dad84d2bc_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.pages_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7dd782692aab06002baec18dad84d2bc_841c3b03.displayName = "Cond";
return Cond_comp_7dd782692aab06002baec18dad84d2bc_841c3b03;
})();

export const Bare_comp_5ad3e53308a4e95e1a10ba51fbc2138c_841c3b03 = /*#__PURE__*/ (() => {
const Bare_comp_5ad3e53308a4e95e1a10ba51fbc2138c_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        (pyOr(!((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.query_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => (!((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.status_rx_state_?.valueOf?.() === "All"?.valueOf?.())))) ? "No relationships match your search. Try a programme, a name or an email, or set the status filter to All." : "You are not in any relationship yet. When your programme's admin team pairs you with a coach or mentor, the relationship will appear here.")
    )
});
Bare_comp_5ad3e53308a4e95e1a10ba51fbc2138c_841c3b03.displayName = "Bare";
return Bare_comp_5ad3e53308a4e95e1a10ba51fbc2138c_841c3b03;
})();

export const Cond_comp_ee7da83edbe2ce53686b9671da882379_841c3b03 = /*#__PURE__*/ (() => {
const Cond_comp_ee7da83edbe2ce53686b9671da882379_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ee7da83edbe2ce53686b9671da882379_841c3b03.displayName = "Cond";
return Cond_comp_ee7da83edbe2ce53686b9671da882379_841c3b03;
})();

export const Cond_comp_b83b36f1bb5badf440b7f0cfa232f036_841c3b03 = /*#__PURE__*/ (() => {
const Cond_comp_b83b36f1bb5badf440b7f0cfa232f036_841c3b03 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationships____relationships_state.total_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b83b36f1bb5badf440b7f0cfa232f036_841c3b03.displayName = "Cond";
return Cond_comp_b83b36f1bb5badf440b7f0cfa232f036_841c3b03;
})();
